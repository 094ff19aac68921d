package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.cli.CliRun;
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
 * compares the output with the scenario's expected/ files (-Dgolden.update=true rewrites them).
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

  @ParameterizedTest
  @MethodSource("scenarios")
  void outputMatchesTheGoldenFilesInEveryFormat(String scenario) throws IOException {
    Path expected = FIXTURES.resolve(scenario).resolve("expected");
    List<Integer> exitCodes = new ArrayList<>();
    for (String format : FORMATS) {
      CliRun run = CliRun.of(command(scenario, format).toArray(String[]::new));
      assertEquals("", run.err(), "stderr of " + scenario + " in " + format);
      Golden.assertMatches(expected.resolve("check." + extension(format)), run.out());
      exitCodes.add(run.exitCode());
    }
    assertEquals(1, exitCodes.stream().distinct().count(), "same exit code in every format");
    Golden.assertMatches(expected.resolve("exit-code"), exitCodes.get(0) + "\n");
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void exitsOneExactlyWhenAFindingReachesTheThreshold(String scenario) throws IOException {
    CliRun run = CliRun.of(command(scenario, "json").toArray(String[]::new));
    boolean hasError = run.out().contains("\"severity\" : \"error\"");
    assertEquals(hasError ? 1 : 0, run.exitCode(), run.out());
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
