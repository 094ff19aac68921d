package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code convert --jib} from the command line: written with the others, all or nothing. */
class ConvertJibTest {
  private static final Path FIXTURE = Golden.projectDir().resolve("fixtures/java/maven-jib");

  @TempDir Path tmp;

  @Test
  void writesTheJibFilesBesideTheOthersAndMatchesTheGolden() throws IOException {
    Path app = copy(FIXTURE);
    CliRun run = CliRun.of("convert", "--jib", app.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.readString(FIXTURE.resolve("expected/jib-maven-plugin.xml")),
        Files.readString(app.resolve("jib-maven-plugin.xml")));
    assertTrue(Files.readString(app.resolve("jib-app/.profile.d/heroku-jvm.sh"))
        .contains("JDBC_DATABASE"), "the start-up script the Dockerfile's build writes");
    assertTrue(run.out().contains("jib-maven-plugin.xml"), run.out());
  }

  @Test
  void neverOverwritesAJibFileWithoutForceAndWritesNothingElse() throws IOException {
    Path app = copy(FIXTURE);
    Files.writeString(app.resolve("jib-maven-plugin.xml"), "mine");
    CliRun refused = CliRun.of("convert", "--jib", app.toString());
    assertEquals(3, refused.exitCode(), refused.err());
    assertEquals("mine", Files.readString(app.resolve("jib-maven-plugin.xml")));
    assertFalse(Files.exists(app.resolve("Dockerfile")), "all or nothing");
    CliRun forced = CliRun.of("convert", "--jib", "--force", app.toString());
    assertEquals(0, forced.exitCode(), forced.err());
    assertTrue(Files.readString(app.resolve("jib-maven-plugin.xml")).contains("<plugin>"));
  }

  @Test
  void dryRunPrintsTheConfigurationAndWritesNothing() throws IOException {
    Path app = copy(FIXTURE);
    CliRun run = CliRun.of("convert", "--jib", "--dry-run", app.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("==> jib-maven-plugin.xml <=="), run.out());
    assertFalse(Files.exists(app.resolve("jib-maven-plugin.xml")));
  }

  @Test
  void anAppThatIsNotMavenOrGradleIsAUsageErrorAndNothingIsWritten() throws IOException {
    Path app = copy(Golden.projectDir().resolve("fixtures/node/express-npm"));
    CliRun run = CliRun.of("convert", "--jib", app.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--jib needs a Maven or Gradle app"), run.err());
    assertFalse(Files.exists(app.resolve("Dockerfile")));
  }

  @Test
  void eachWithJibIsAUsageError() {
    CliRun run = CliRun.of("convert", "--each", "--jib", tmp.toString());
    assertEquals(2, run.exitCode(), run.err());
  }

  private Path copy(Path from) throws IOException {
    Path to = tmp.resolve(from.getFileName().toString());
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path rel = from.relativize(p);
        if (rel.startsWith("expected")) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return to;
  }
}
