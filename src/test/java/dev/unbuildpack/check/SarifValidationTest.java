package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.unbuildpack.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SARIF output is checked by Microsoft's own validator, not only by our golden files. */
class SarifValidationTest {
  @TempDir Path temp;

  @Test
  void theValidatorReportsAnErrorForAResultWithoutAMessage() throws Exception {
    Path tool = SarifMultitool.require();
    Path broken = temp.resolve("broken.sarif");
    Files.writeString(broken, """
        {"version": "2.1.0", "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
         "runs": [{"tool": {"driver": {"name": "x", "rules": [{"id": "A"}]}},
                   "results": [{"ruleId": "A", "ruleIndex": 0, "level": "error"}]}]}
        """);
    assertFalse(SarifMultitool.errors(tool, broken).isEmpty(), "a broken file must be caught");
  }

  @ParameterizedTest
  @MethodSource("dev.unbuildpack.check.CheckScenariosTest#scenarios")
  void theSarifOfEveryScenarioHasNoValidationError(String scenario) throws Exception {
    Path tool = SarifMultitool.require();
    Path sarif = temp.resolve(scenario + ".sarif");
    List<String> args = new ArrayList<>(CheckScenariosTest.command(scenario, "sarif"));
    args.addAll(List.of("--output", sarif.toString()));
    CliRun run = CliRun.of(args.toArray(String[]::new));
    assertEquals("", run.out(), "with --output nothing goes to stdout");
    assertEquals(List.of(), SarifMultitool.errors(tool, sarif));
  }
}
