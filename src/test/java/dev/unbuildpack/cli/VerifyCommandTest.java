package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.Golden;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** verify's command line: what is refused before anything is built (no engine needed). */
class VerifyCommandTest {
  private static final String APP =
      Golden.projectDir().resolve("fixtures/node/express-npm").toString();

  @ParameterizedTest
  @ValueSource(strings = {
      "--fail-on=sizes", "--probe=health", "--probe=/a b", "--timeout=5x", "--format=yaml",
      "--secret=a b=env:X", "--secret=TOKEN=value:s3cr3t", "--slug=s.tgz",
      "--buildpack-image=a --pack", "--stack-baseline=heroku-18"})
  void aMistypedOptionIsAUsageErrorBeforeAnythingIsBuilt(String option) {
    String[] args = option.split("(?<=\\S) (?=--)");
    String[] all = new String[args.length + 2];
    all[0] = "verify";
    all[1] = APP;
    System.arraycopy(args, 0, all, 2, args.length);

    CliRun run = CliRun.of(all);

    assertEquals(2, run.exitCode(), Arrays.toString(all) + "\n" + run.err());
    assertFalse(run.err().contains("s3cr3t"), "a value typed on the command line is not echoed");
  }

  @Test
  void aMissingDockerfileIsBadInputBeforeAnythingIsBuilt() {
    CliRun run = CliRun.of("verify", APP, "--dockerfile", "no/such/Dockerfile");

    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("no/such/Dockerfile"), run.err());
  }

  @Test
  void packWithoutPackOnPathIsAnEnvironmentProblemWithInstallAdvice() {
    String path = System.getenv("PATH");
    Assumptions.assumeFalse(path != null && Arrays.stream(path.split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "pack"))), "pack is installed here");

    CliRun run = CliRun.of("verify", APP, "--pack");

    assertEquals(4, run.exitCode(), run.err());
    assertTrue(run.err().contains("pack is not installed"), run.err());
    assertTrue(run.err().contains("--slug FILE --stack IMAGE"), run.err());
  }

  @Test
  void helpListsTheThreeWaysToGetImageAAndEveryFailOnCategory() {
    CliRun run = CliRun.of("verify", "--help");

    assertEquals(0, run.exitCode());
    for (String word : new String[] {"--buildpack-image", "--slug", "--stack", "--pack",
        "--builder", "missing-library", "web", "processes", "DOCKER_HOST"}) {
      assertTrue(run.out().contains(word), word + " in\n" + run.out());
    }
  }
}
