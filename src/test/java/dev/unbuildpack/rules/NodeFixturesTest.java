package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixtures/node, fixtures/python and fixtures/multi scenario against its golden detect.json, or its golden error text. */
class NodeFixturesTest {
  static Stream<Path> detectable() {
    return NodeFixtures.detectable();
  }

  static Stream<Path> failing() {
    return NodeFixtures.failing();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("detectable")
  void detectJsonMatchesGolden(Path app) {
    Golden.assertMatches(app.resolve("expected/detect.json"), NodeFixtures.detectJson(app));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failing")
  void badInputExitsWith3AndTheGoldenMessageAndWritesNothing(Path app) throws IOException {
    List<Path> before = listing(app);
    CliRun run = CliRun.of("detect", app.toString(), "--format", "json");
    assertEquals(3, run.exitCode(), run.err());
    assertEquals("", run.out());
    Golden.assertMatches(app.resolve("expected/error.txt"), run.err());
    assertEquals(before, listing(app), "detect must not write into the app");
  }

  private static List<Path> listing(Path app) throws IOException {
    try (Stream<Path> files = Files.walk(app)) {
      return files.sorted().toList();
    }
  }
}
