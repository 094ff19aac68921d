package dev.unbuildpack.verify.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.EnvironmentException;
import dev.unbuildpack.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pack cannot be installed here (no registry or GitHub release is reachable), so these tests
 * check its command line, run a stand-in "pack" script that records what it was given, and the
 * error when pack is absent.
 */
class PackBuildTest {
  private static final String SECRET = "sentinel-value-7f3a";

  @TempDir Path temp;

  private PackRequest request(String builder, List<String> progress) {
    return new PackRequest(Path.of("/src/app"), "app-a:latest", builder,
        Map.of("NPM_TOKEN", SECRET, "API_BASE", "https://example.invalid"), progress::add);
  }

  @Test
  void theCommandLineNamesTheBuilderTheAppAndTheVariablesNeverTheirValues() {
    List<String> command = PackBuild.commandLine(Path.of("/usr/local/bin/pack"),
        request(null, new ArrayList<>()));
    assertEquals(List.of("/usr/local/bin/pack", "build", "app-a:latest",
        "--builder", "heroku/builder:24", "--path", "/src/app",
        "--env", "API_BASE", "--env", "NPM_TOKEN"), command);
    assertFalse(String.join(" ", command).contains(SECRET));
    assertEquals("heroku/builder:22", PackBuild.commandLine(Path.of("pack"),
        request("heroku/builder:22", new ArrayList<>())).get(4));
  }

  @Test
  void anInvalidVariableNameIsBadInput() {
    PackRequest bad = new PackRequest(Path.of("/a"), "a:1", null, Map.of("A-B", "x"), l -> { });
    assertEquals(ExitCode.BAD_INPUT, assertThrows(BadInputException.class,
        () -> PackBuild.commandLine(Path.of("pack"), bad)).exitCode());
  }

  @Test
  void withoutPackOnPathItIsAnEnvironmentErrorWithInstallAdvice() {
    EnvironmentException e = assertThrows(EnvironmentException.class,
        () -> PackBuild.run(request(null, new ArrayList<>()), temp.toString() + ":/nonexistent"));
    assertEquals(ExitCode.ENVIRONMENT, e.exitCode());
    assertTrue(e.title().contains("pack is not installed"), e.title());
    assertTrue(e.fixes().get(0).contains("buildpacks.io"), e.fixes().toString());
    assertTrue(e.fixes().get(1).contains("--buildpack-image"), e.fixes().toString());
  }

  @Test
  void packGetsTheValuesThroughItsEnvironmentAndItsOutputIsProgress() throws Exception {
    Path bin = fakePack("echo \"args: $*\"\necho \"token: $NPM_TOKEN\"\n");
    List<String> progress = new ArrayList<>();
    ReferenceImage image = PackBuild.run(request(null, progress), bin.toString());
    assertEquals(new ReferenceImage("app-a:latest", ReferenceImage.Origin.PACK,
        "pack build with heroku/builder:24"), image);
    assertEquals(List.of("args: build app-a:latest --builder heroku/builder:24 --path /src/app"
        + " --env API_BASE --env NPM_TOKEN", "token: " + SECRET), progress);
  }

  @Test
  void aFailedPackBuildIsAnEnvironmentError() throws Exception {
    Path bin = fakePack("echo 'ERROR: failed to build'\nexit 1\n");
    EnvironmentException e = assertThrows(EnvironmentException.class,
        () -> PackBuild.run(request(null, new ArrayList<>()), bin.toString()));
    assertTrue(e.title().contains("exit 1"), e.title());
  }

  /** A folder holding an executable "pack" that runs {@code script}; for PATH. */
  private Path fakePack(String script) throws Exception {
    Path bin = Files.createDirectory(temp.resolve("bin"));
    Path pack = bin.resolve("pack");
    Files.writeString(pack, "#!/bin/sh\n" + script);
    Files.setPosixFilePermissions(pack, PosixFilePermissions.fromString("rwxr-xr-x"));
    return bin;
  }
}
