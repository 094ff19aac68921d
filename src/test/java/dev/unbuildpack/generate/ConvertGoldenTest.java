package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.testing.Golden;
import dev.unbuildpack.testing.ScenarioFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture app under fixtures/<ecosystem>/ and fixtures/multi/ converted with the shipped rules and compared with its
 * goldens: expected/Dockerfile, expected/dockerignore, expected/compose.yaml and
 * expected/unbuildpack-report.md. A fixture the buildpack would fail (errors, or unreadable input)
 * must have no expected/Dockerfile, since convert writes nothing for it.
 * {@code -Dgolden.update=true} rewrites the goldens.
 */
class ConvertGoldenTest {
  private static final Map<String, String> GOLDEN_NAMES = Map.of(
      Conversion.DOCKERFILE, "Dockerfile",
      Conversion.DOCKERIGNORE, "dockerignore",
      Conversion.COMPOSE, "compose.yaml",
      Conversion.REPORT, "unbuildpack-report.md");

  static List<Path> fixtures() throws IOException {
    List<Path> all = new java.util.ArrayList<>();
    for (String folder : ScenarioFolders.names()) {
      try (Stream<Path> dirs = Files.list(Golden.projectDir().resolve("fixtures").resolve(folder))) {
        dirs.filter(Files::isDirectory).sorted().forEach(all::add);
      }
    }
    return all;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void convertsLikeItsGoldens(Path fixture) {
    Detection detection;
    try {
      detection = RuleEngine.builtIn().detect(AppDir.open(fixture));
    } catch (BadInputException unreadable) {
      assertNoGoldens(fixture);
      return;
    }
    if (detection.hasErrors()) {
      assertNoGoldens(fixture);
      return;
    }
    Conversion conversion = Conversion.of(
        detection, PlanOptions.defaults(), RuleDescriptions.of(RuleSet.builtIn()));
    assertTrue(conversion.files().keySet().containsAll(GOLDEN_NAMES.keySet()));
    conversion.files().forEach((name, text) ->
        Golden.assertMatches(fixture.resolve("expected").resolve(GOLDEN_NAMES.get(name)), text));
  }

  private static void assertNoGoldens(Path fixture) {
    assertFalse(Files.exists(fixture.resolve("expected/Dockerfile")),
        fixture + ": convert refuses this app, so it cannot have a golden Dockerfile");
  }
}
