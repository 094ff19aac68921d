package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void versionPrintsNameAndExitsZero() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("unbuildpack "), run.out());
  }

  @Test
  void everyCommandPrintsTheVersion() {
    for (String command : Main.COMMANDS.keySet()) {
      if (command.equals("help")) {
        continue;
      }
      CliRun run = CliRun.of(command, "--version");
      assertEquals(0, run.exitCode(), command);
      assertTrue(run.out().startsWith("unbuildpack "), command + ": " + run.out());
    }
  }

  @Test
  void unknownCommandIsAUsageErrorWithExitCode2() {
    CliRun run = CliRun.of("frobnicate");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("error: "), run.err());
    assertTrue(run.err().contains("--help"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void noCommandIsAUsageError() {
    assertEquals(2, CliRun.of().exitCode());
  }

  @Test
  void rendersTitleLocationWhyAndNumberedFixes() {
    BadInputException problem =
        new BadInputException(
            "package.json is not valid JSON",
            new Location("package.json", 4, 7),
            "Unexpected character '}'.",
            List.of("Remove the trailing comma.", "Run 'npm pkg get' to check the file."));
    assertEquals(
        """
        error: package.json is not valid JSON
          in package.json:4:7
          Unexpected character '}'.
          How to fix:
            1. Remove the trailing comma.
            2. Run 'npm pkg get' to check the file.
        """,
        ErrorRenderer.render(problem));
    assertEquals(3, problem.exitCode());
  }
}
