package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.testing.Golden;
import dev.unbuildpack.testing.ScenarioFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our own output passes our own gate: the Dockerfile convert writes for an app with build
 * secrets mounts each secret on the step that needs it, so check finds nothing in it. The
 * package manager's own install (pip, poetry, uv, pipenv, npm, yarn, pnpm) runs in a step of its
 * own without the secrets, and check must not take it for the dependency install.
 */
class CheckPassesOwnOutputTest {
  private static final Path FIXTURES = Golden.projectDir().resolve("fixtures");

  @TempDir Path tmp;

  /** The scenario fixtures (every ecosystem's and multi/) whose detection lists build secrets. */
  static Stream<String> fixturesWithBuildSecrets() throws IOException {
    return ScenarioFolders.names().stream().flatMap(CheckPassesOwnOutputTest::withBuildSecrets);
  }

  private static Stream<String> withBuildSecrets(String ecosystem) {
    try (Stream<Path> dirs = Files.list(FIXTURES.resolve(ecosystem))) {
      return dirs.filter(dir -> buildSecrets(dir) > 0)
          .map(dir -> ecosystem + "/" + dir.getFileName()).sorted().toList().stream();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static int buildSecrets(Path fixture) {
    Path detect = fixture.resolve("expected/detect.json");
    try {
      return Files.isRegularFile(detect)
          ? Json.readTree(Files.readString(detect)).path("buildSecrets").size() : 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyManagerHasAFixtureWithBuildSecrets() throws IOException {
    List<String> fixtures = fixturesWithBuildSecrets().toList();
    for (String fixture : List.of("python/secret-pip-index", "python/secret-poetry-source",
        "python/secret-uv-index", "node/secrets", "node/yarn-berry", "go/private-modules")) {
      assertTrue(fixtures.contains(fixture), fixture + " in " + fixtures);
    }
  }

  @ParameterizedTest
  @MethodSource("fixturesWithBuildSecrets")
  void checkPassesTheDockerfileConvertWrites(String fixture) throws IOException {
    Path app = tmp.resolve("app");
    copyApp(FIXTURES.resolve(fixture), app);
    assertCheckPasses(app);
  }

  /**
   * The managers (and tool steps: npm pinned by engines, pnpm, Yarn 1) without a fixture that has
   * secrets: a fixture of theirs with a token added.
   */
  @ParameterizedTest
  @MethodSource("managersWithoutSecretFixture")
  void checkPassesTheDockerfileConvertWritesForEveryManager(String fixture) throws IOException {
    Path app = tmp.resolve("app");
    copyApp(FIXTURES.resolve(fixture), app);
    if (fixture.startsWith("python/")) {
      Files.writeString(app.resolve("app.json"),
          "{\"env\": {\"PIP_EXTRA_INDEX_URL\": {\"required\": true}}}\n");
    } else {
      Files.writeString(app.resolve(".npmrc"), "@acme:registry=https://npm.acme.example/\n"
          + "//npm.acme.example/:_authToken=${NPM_TOKEN}\n");
    }
    assertCheckPasses(app);
  }

  static Stream<String> managersWithoutSecretFixture() {
    return Stream.of("python/pipenv", "node/exact-pin", "node/pnpm", "node/workspaces-pnpm",
        "node/native-indirect-yarn1");
  }

  private void assertCheckPasses(Path app) throws IOException {
    Path out = tmp.resolve("out");
    CliRun convert = CliRun.of("convert", app.toString(), "--output", out.toString());
    assertEquals(0, convert.exitCode(), convert.err());
    String dockerfile = Files.readString(out.resolve("Dockerfile"));
    assertTrue(dockerfile.contains("--mount=type=secret"), "convert mounts a secret:\n" + dockerfile);

    CliRun check = CliRun.of("check", app.toString(), "--dockerfile",
        out.resolve("Dockerfile").toString(), "--format", "json");
    JsonNode report = Json.readTree(check.out());
    assertFalse(report.path("needs").isEmpty(), "check sees the app's secrets:\n" + check.out());
    assertEquals(0, report.path("summary").path("error").asInt(), check.out());
    assertEquals(0, check.exitCode(), check.out() + check.err());
  }

  private static void copyApp(Path fixture, Path app) throws IOException {
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path file : files.filter(f -> !fixture.relativize(f).startsWith("expected")).toList()) {
        Path target = app.resolve(fixture.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }
}
