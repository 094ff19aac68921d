package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** detect, convert and check on an app that lists heroku/nodejs and then heroku/python. */
class MultiEcosystemCliTest {
  private static final Path FIXTURE = Golden.projectDir().resolve("fixtures/multi/django-node");

  private static Path copy(Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(FIXTURE)) {
      paths.filter(p -> !FIXTURE.relativize(p).startsWith("expected")).forEach(p -> {
        try {
          Files.copy(p, to.resolve(FIXTURE.relativize(p).toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return to;
  }

  @Test
  void detectTextNamesBothEcosystemsInTheBuildpacksOrder() {
    CliRun run = CliRun.of("detect", FIXTURE.toString());
    assertEquals(0, run.exitCode(), run.err());
    int node = run.out().indexOf("node");
    int python = run.out().indexOf("python");
    assertTrue(node >= 0 && python > node, run.out());
  }

  @Test
  void theConvertedAppPassesCheck(@TempDir Path dir) throws IOException {
    Path app = copy(dir.resolve("app"));
    CliRun convert = CliRun.of("convert", app.toString());
    assertEquals(0, convert.exitCode(), convert.err());
    assertTrue(Files.readString(app.resolve("compose.yaml")).contains("  release:\n"));
    CliRun check = CliRun.of("check", app.toString());
    assertEquals(0, check.exitCode(), check.out() + check.err());
  }
}
