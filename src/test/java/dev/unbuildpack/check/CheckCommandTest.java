package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's contract beyond the scenario goldens: errors, exit codes, --output. */
class CheckCommandTest {
  @TempDir Path temp;

  private static List<String> scenario(String name, String... extra) throws Exception {
    List<String> args = new ArrayList<>(CheckScenariosTest.command(name, "text"));
    args.addAll(List.of(extra));
    return args;
  }

  private static CliRun run(List<String> args) {
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void anUnclosedHeredocIsBadInputWithFileAndLine() throws Exception {
    Path dockerfile = temp.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM scratch\nRUN <<EOF\necho\n");
    CliRun run = run(scenario("secret-mounted-ok", "--dockerfile", dockerfile.toString()));
    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
    assertEquals("error: The here-document 'EOF' is never closed\n"
        + "  in " + dockerfile + ":2\n"
        + "  A here-document ends at a line that holds only its delimiter.\n"
        + "  Fix: Add a line 'EOF' after the here-document's content.\n", run.err());
  }

  @Test
  void anUnknownFormatIsAUsageError() throws Exception {
    List<String> args = scenario("secret-mounted-ok");
    args.set(args.indexOf("text"), "xml");
    CliRun run = run(args);
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("error: Unknown --format 'xml'"), run.err());
  }

  @Test
  void scanValuesWithoutAnImageIsAUsageError() throws Exception {
    CliRun run = run(scenario("secret-mounted-ok", "--scan-values"));
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("error: --scan-values needs --image IMAGE.\n"), run.err());
  }

  @Test
  void anImageWithoutScanValuesIsNamedButNotSearched() throws Exception {
    CliRun run = run(scenario("secret-mounted-ok", "--image", "docker-archive:/nonexistent.tar"));
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("  image:      docker-archive:/nonexistent.tar\n"), run.out());
    assertTrue(run.out().contains("note: The image was not searched: add --scan-values"), run.out());
  }

  @Test
  void aMissingImageArchiveIsBadInput() throws Exception {
    CliRun run = run(scenario("secret-mounted-ok", "--image",
        "docker-archive:" + temp.resolve("missing.tar"), "--scan-values"));
    assertEquals(3, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
  }

  @Test
  void failOnWarningStillPassesACleanApp() throws Exception {
    assertEquals(0, run(scenario("secret-mounted-ok", "--fail-on", "warning")).exitCode());
  }

  @Test
  void outputRefusesToReplaceAFileWithoutForce() throws Exception {
    Path report = temp.resolve("report.txt");
    Files.writeString(report, "keep me");
    CliRun refused = run(scenario("secret-not-mounted", "--output", report.toString()));
    assertEquals(3, refused.exitCode());
    assertEquals("keep me", Files.readString(report));
    CliRun forced = run(scenario("secret-not-mounted", "--output", report.toString(), "--force"));
    assertEquals(1, forced.exitCode());
    assertEquals(Files.readString(CheckScenariosTest.FIXTURES
        .resolve("secret-not-mounted/expected/check.txt")), Files.readString(report));
  }

  @Test
  void fromEnvListsOnlyTheRelevantNamesThatAreSet() {
    List<Need> needs = List.of(new Need("NPM_TOKEN", ".npmrc", 1, "NODE301", List.of("npm ci")));
    var dockerfile = dev.unbuildpack.dockerfile.DockerfileParser.parse("Dockerfile",
        "FROM scratch\nRUN --mount=type=secret,id=ca true\n");
    Map<String, String> environment = Map.of("NPM_TOKEN", "x", "ca", "y", "HOME", "/root",
        "AWS_SECRET_ACCESS_KEY", "z");
    assertEquals(Set.of("NPM_TOKEN", "ca"),
        ProvidedSecrets.fromEnvironment(environment, needs, Optional.of(dockerfile)));
    assertEquals(Set.of(), ProvidedSecrets.fromEnvironment(Map.of("NPM_TOKEN", ""), needs,
        Optional.empty()));
  }
}
