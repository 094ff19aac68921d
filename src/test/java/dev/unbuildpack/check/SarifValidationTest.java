package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    List<String> errors = SarifMultitool.errors(tool, List.of(broken));
    assertEquals(1, errors.size(), String.valueOf(errors));
    assertTrue(errors.get(0).startsWith("JSON1002 "), errors.get(0));
  }

  @Test
  void theSarifOfEveryScenarioHasNoValidationError() throws Exception {
    Path tool = SarifMultitool.require();
    List<Path> files = new ArrayList<>();
    for (String scenario : CheckScenariosTest.scenarios().toList()) {
      Path sarif = temp.resolve(scenario + ".sarif");
      List<String> args = new ArrayList<>(CheckScenariosTest.command(scenario, "sarif"));
      args.addAll(List.of("--output", sarif.toString()));
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals("", run.out(), "with --output nothing goes to stdout");
      files.add(sarif);
    }
    assertEquals(List.of(), SarifMultitool.errors(tool, files));
  }
}
