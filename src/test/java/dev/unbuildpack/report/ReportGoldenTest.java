package dev.unbuildpack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs {@code unbuildpack diff inventory:a.json inventory:b.json --format F} for every scenario
 * under fixtures/diff/ and compares stdout with expected/diff.F (-Dgolden.update=true rewrites).
 */
class ReportGoldenTest {
  private static final Map<String, String> EXTENSIONS =
      Map.of("text", "txt", "json", "json", "markdown", "md", "html", "html");

  static Stream<Arguments> scenarioAndFormat() {
    return DiffScenarios.all().stream()
        .flatMap(s -> Stream.of("text", "json", "markdown", "html")
            .map(f -> Arguments.of(s.getFileName().toString(), f)));
  }

  @ParameterizedTest(name = "{0} --format {1}")
  @MethodSource("scenarioAndFormat")
  void reportMatchesGoldenFile(String scenario, String format) {
    Path dir = DiffScenarios.root().resolve(scenario);

    CliRun run = CliRun.of(DiffScenarios.diffArgs(dir, "--format", format));

    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.err());
    Golden.assertMatches(dir.resolve("expected/diff." + EXTENSIONS.get(format)), run.out());
  }
}
