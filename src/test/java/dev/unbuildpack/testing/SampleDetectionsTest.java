package dev.unbuildpack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.rules.RuleEngine;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-built samples hold only states detection can produce: the renderer and planner tests
 * built on them would otherwise check an input no app gives. Compared with what the rules detect
 * in the app each sample stands for: the build phases, each step's secrets and caches, and
 * where each secret is needed.
 */
class SampleDetectionsTest {
  @TempDir Path temp;

  /** Phase, secrets and caches of every step: what the planner and renderers act on. */
  private static List<String> steps(Detection detection) {
    return detection.buildSteps().stream()
        .map(s -> s.phase() + " secrets=" + s.secrets() + " caches=" + s.caches()).toList();
  }

  private static List<String> secrets(Detection detection) {
    return detection.buildSecrets().stream()
        .map(s -> s.name() + " " + s.file() + ":" + s.line()).toList();
  }

  private static Detection detect(Path app) {
    return RuleEngine.builtIn().detect(AppDir.open(app));
  }

  @Test
  void expressNpmIsWhatDetectionGivesItsApp() throws Exception {
    Path app = temp.resolve("express-npm");
    SampleDetections.expressNpmApp(app);
    assertEquals(steps(detect(app)), steps(SampleDetections.expressNpm()));
    assertEquals(secrets(detect(app)), secrets(SampleDetections.expressNpm()));
  }

  @Test
  void fullFeaturedIsWhatDetectionGivesItsApp() throws Exception {
    Path app = temp.resolve("shop-api");
    SampleDetections.fullFeaturedApp(app);
    assertEquals(steps(detect(app)), steps(SampleDetections.fullFeatured()));
    assertEquals(secrets(detect(app)), secrets(SampleDetections.fullFeatured()));
  }
}
