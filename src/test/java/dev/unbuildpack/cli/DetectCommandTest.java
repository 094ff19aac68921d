package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unbuildpack.testing.Golden;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DetectCommandTest {
  private static final Path EXPRESS = Golden.projectDir().resolve("fixtures/node/express-npm");

  @Test
  void jsonFormatPrintsTheDetectionGoldenOnStdout() throws Exception {
    CliRun run = CliRun.of("detect", EXPRESS.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.readString(EXPRESS.resolve("expected/detect.json")), run.out());
    assertEquals("", run.err());
  }

  @Test
  void textFormatExplainsEachDecisionWithItsRule() {
    CliRun run = CliRun.of("detect", EXPRESS.toString());
    assertEquals(0, run.exitCode(), run.err());
    Golden.assertMatches(Golden.projectDir().resolve(
        "src/test/resources/cli/detect-express-npm.txt"), run.out());
  }

  @Test
  void debianPinsTheReleaseAndTheJsonSaysWhy() throws Exception {
    CliRun run = CliRun.of("detect", EXPRESS.toString(), "--format", "json", "--debian",
        "bookworm");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode debian = new ObjectMapper().readTree(run.out()).path("debian");
    assertEquals("bookworm", debian.path("release").asText());
    assertEquals("DEBIAN-RELEASE-PINNED", debian.path("rule").asText());
    assertTrue(debian.path("reason").asText().startsWith("pinned with --debian bookworm; node:"),
        debian.toString());
  }

  @Test
  void aDebianReleaseUnbuildpackDoesNotSupportIsAUsageError() {
    CliRun run = CliRun.of("detect", EXPRESS.toString(), "--debian", "buster");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("'buster' is no Debian release unbuildpack supports; use one"
        + " of bookworm, trixie"), run.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.of("detect", EXPRESS.toString(), "--format", "yaml");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--format"), run.err());
  }

  @Test
  void aMissingAppFolderIsBadInput() {
    CliRun run = CliRun.of("detect", "/nonexistent/app");
    assertEquals(3, run.exitCode());
    assertEquals("error: The app directory does not exist\n  in /nonexistent/app\n"
        + "  Fix: Pass the root folder of the app (the one with package.json or Procfile).\n",
        run.err());
  }

  @Test
  void aCommittedTokenNeverReachesEitherOutputFormat() throws Exception {
    Path app = Golden.projectDir().resolve("fixtures/node/literal-token-npmrc");
    String npmrc = Files.readString(app.resolve(".npmrc"));
    String token = npmrc.substring(npmrc.lastIndexOf('=') + 1).strip();
    for (String format : new String[] {"text", "json"}) {
      CliRun run = CliRun.of("detect", app.toString(), "--format", format);
      assertEquals(0, run.exitCode(), run.err());
      assertTrue(run.out().contains("NODE-SECRET-COMMITTED"), run.out());
      assertTrue(!run.out().contains(token) && !run.err().contains(token), format);
      assertTrue(!run.out().contains(token.substring(0, 10)), format);
    }
  }
}
