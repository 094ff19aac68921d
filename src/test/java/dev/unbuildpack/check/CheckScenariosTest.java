package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code unbuildpack check} on every scenario under fixtures/check/ in every format and
 * compares the output with the scenario's expected/ files (-Dgolden.update=true rewrites them)
 * and the exit code with the one its exit-code file states (never rewritten).
 */
class CheckScenariosTest {
  static final Path FIXTURES = Golden.projectDir().resolve("fixtures/check");
  private static final List<String> FORMATS = List.of("text", "json", "sarif", "github");

  static Stream<String> scenarios() throws IOException {
    try (Stream<Path> dirs = Files.list(FIXTURES)) {
      return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList()
          .stream();
    }
  }

  /** The command line for a scenario, run from the project root as CI runs it from the repo's. */
  static List<String> command(String scenario, String format) throws IOException {
    Path dir = FIXTURES.resolve(scenario);
    List<String> args = new ArrayList<>(List.of("check", relative(dir.resolve("app")),
        "--format", format));
    Path extra = dir.resolve("args");
    if (Files.exists(extra)) {
      Files.readAllLines(extra).stream().map(String::strip).filter(a -> !a.isEmpty())
          .forEach(args::add);
    }
    return args;
  }

  /** The exit code the scenario states in its exit-code file, written by hand, never by a run. */
  static int statedExitCode(String scenario) throws IOException {
    return Integer.parseInt(Files.readString(FIXTURES.resolve(scenario).resolve("exit-code")).strip());
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void outputMatchesTheGoldenFilesInEveryFormat(String scenario) throws IOException {
    Path expected = FIXTURES.resolve(scenario).resolve("expected");
    for (String format : FORMATS) {
      CliRun run = CliRun.of(command(scenario, format).toArray(String[]::new));
      assertEquals("", run.err(), "stderr of " + scenario + " in " + format);
      Golden.assertMatches(expected.resolve("check." + extension(format)), run.out());
      assertEquals(statedExitCode(scenario), run.exitCode(), "exit code of " + scenario + " in " + format);
    }
  }

  /** Every check rule is an error, the default threshold: a scenario fails when it finds one. */
  @ParameterizedTest
  @MethodSource("scenarios")
  void theStatedExitCodeIsOneExactlyWhenTheExpectedReportHasAnError(String scenario)
      throws IOException {
    JsonNode report = Json.readTree(Files.readString(
        FIXTURES.resolve(scenario).resolve("expected/check.json")));
    boolean hasError = report.path("summary").path("error").asInt() > 0;
    assertEquals(hasError ? 1 : 0, statedExitCode(scenario));
  }

  static String extension(String format) {
    return switch (format) {
      case "text" -> "txt";
      case "github" -> "github.txt";
      default -> format;
    };
  }

  private static String relative(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    assertTrue(path.startsWith(cwd), "tests run from the project root");
    return cwd.relativize(path).toString();
  }
}
