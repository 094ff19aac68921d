package dev.unbuildpack.rules.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.rules.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Go release an app gets, from go.mod as the buildpack and the go command read it. */
class GoVersionResolutionTest {
  @TempDir Path app;

  @Test
  void aMajorVersionGetsTheNewestPatchHerokuShips() throws IOException {
    assertEquals("1.21.13", version("module example.com/a\ngo 1.21\n"));
  }

  @Test
  void theHerokuCommentWinsOverTheGoLineAndGetsGoPrepended() throws IOException {
    assertEquals("1.23.12", version("module example.com/a\n// +heroku goVersion 1.23\ngo 1.22\n"));
  }

  @Test
  void aGoLineNewerThanTheInstalledReleaseMakesGoSwitchToIt() throws IOException {
    Detection detection = detect("module example.com/a\n// +heroku goVersion go1.23\n"
        + "go 1.24.2\n");
    assertEquals("1.24.2", detection.ecosystems().get(0).runtime().version());
    assertEquals(List.of("GO-RUNTIME-TOOLCHAIN"), rules(detection, "GO-RUNTIME-TOOLCHAIN"));
  }

  @Test
  void anOlderToolchainLineChangesNothing() throws IOException {
    Detection detection = detect("module example.com/a\ngo 1.22.0\ntoolchain go1.21.5\n");
    assertEquals("1.22.0", detection.ecosystems().get(0).runtime().version());
    assertEquals("GO-RUNTIME-GO-DIRECTIVE", detection.ecosystems().get(0).runtime().rule());
  }

  @Test
  void aReleaseCandidateIsUnknownToTheBuildpack() throws IOException {
    Detection detection = detect("module example.com/a\ngo 1.26rc1\n");
    assertNull(detection.ecosystems().get(0).runtime().version());
    assertEquals(List.of("GO-RUNTIME-UNKNOWN"), rules(detection, "GO-RUNTIME-UNKNOWN"));
  }

  private String version(String goMod) throws IOException {
    return detect(goMod).ecosystems().get(0).runtime().version();
  }

  private Detection detect(String goMod) throws IOException {
    Files.writeString(app.resolve("go.mod"), goMod);
    Files.writeString(app.resolve("main.go"), "package main\n\nfunc main() {}\n");
    return RuleEngine.builtIn().detect(AppDir.open(app));
  }

  private static List<String> rules(Detection detection, String id) {
    return detection.findings().stream().map(Finding::rule).filter(id::equals).toList();
  }
}
