package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.model.ConfigVar;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Process;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HerokuRulesTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "*.psd, **/*.psd",
      "/docs, docs",
      "test/fixtures/, test/fixtures",
      "spec, **/spec",
  })
  void slugignorePatternsBecomeRootedDockerignorePatterns(String slug, String docker) {
    assertEquals(docker, HerokuRules.dockerignorePattern(slug));
  }

  @Test
  void aProcfileWithoutWebGetsTheDefaultWebProcess() {
    Detection d = new TempApp(dir, "a").file("package.json", "{}")
        .file("Procfile", "worker: node worker.js\n").detect();
    assertEquals(List.of("worker", "web"), d.processes().stream().map(Process::type).toList());
    assertEquals("npm start", d.processes().get(1).command());
  }

  @Test
  void anMcpProcessSuppressesTheDefault() {
    Detection d = new TempApp(dir, "b").file("package.json", "{}")
        .file("Procfile", "mcp-server: node mcp.js\n").detect();
    assertEquals(List.of("mcp-server"), d.processes().stream().map(Process::type).toList());
  }

  @Test
  void appJsonValuesAreConfigVarsButOptionalOrGeneratedOnesAreNotRequired() {
    Detection d = new TempApp(dir, "c").file("package.json", "{}")
        .file("app.json", "{\"env\": {\"A\": \"1\", \"B\": {\"required\": false},"
            + " \"C\": {\"generator\": \"secret\"}, \"D\": {\"description\": \"d\"}}}").detect();
    // Named, never valued: the committed "1" is neither a build nor a run-time variable.
    assertFalse(d.env().build().containsKey("A"));
    assertFalse(d.env().run().containsKey("A"));
    assertEquals(List.of("A", "B", "C", "D"),
        d.env().configVars().stream().map(ConfigVar::name).toList());
    assertEquals(List.of("C", "D"), d.env().configVars().stream()
        .filter(ConfigVar::required).map(ConfigVar::name).toList());
    assertEquals(List.of("C"), d.env().configVars().stream()
        .filter(ConfigVar::generated).map(ConfigVar::name).toList());
    assertEquals(List.of("D"), d.findings().stream()
        .filter(f -> f.rule().equals("HEROKU-APPJSON-REQUIRED"))
        .map(f -> f.message().split(" ")[0]).toList());
  }

  @Test
  void aRuleReadingAKnobMakesItABuildInputAndSecretLookingNamesAreMarked() {
    Detection d = new TempApp(dir, "k").file("package.json", "{}")
        .file("app.json", "{\"env\": {\"NPM_CONFIG_PRODUCTION\": {\"value\": \"true\"},"
            + " \"API_TOKEN\": {\"value\": \"tok-123\"},"
            + " \"DB\": \"postgres://u:pw@h/db\"}}").detect();
    Map<String, ConfigVar> vars = new java.util.HashMap<>();
    d.env().configVars().forEach(v -> vars.put(v.name(), v));
    assertTrue(vars.get("NPM_CONFIG_PRODUCTION").buildInput());
    assertFalse(vars.get("NPM_CONFIG_PRODUCTION").required(), "read at conversion, not needed");
    assertFalse(vars.get("API_TOKEN").buildInput());
    assertTrue(vars.get("API_TOKEN").required());
    assertTrue(vars.get("API_TOKEN").secret());
    assertTrue(vars.get("DB").secret(), "a URL with credentials looks secret whatever its name");
    assertFalse(vars.get("NPM_CONFIG_PRODUCTION").secret());
  }

  @Test
  void aConfigVarOverridesARuleVariableOnlyWithAPlainValue() {
    Detection plain = new TempApp(dir, "p").file("package.json", "{}")
        .file("app.json", "{\"env\": {\"NODE_ENV\": \"staging\", \"OTHER\": \"x\"}}").detect();
    assertEquals("staging", plain.env().run().get("NODE_ENV").value());
    assertEquals("HEROKU-APPJSON-ENV", plain.env().build().get("NODE_ENV").rule());
    assertFalse(plain.env().run().containsKey("OTHER"), "no rule sets OTHER: named only");
    Detection odd = new TempApp(dir, "o").file("package.json", "{}")
        .file("app.json", "{\"env\": {\"NODE_ENV\": \"a b$HOME\"}}").detect();
    assertEquals("production", odd.env().run().get("NODE_ENV").value());
  }

  @Test
  void anEnvNameThatNoShellOrComposeCanReferenceIsBadInputAtItsLine() {
    BadInputException e = assertThrows(BadInputException.class, () -> new TempApp(dir, "n")
        .file("package.json", "{}")
        .file("app.json", "{\n\"env\": {\n\"A\\nRUN id\": \"x\"}}").detect());
    assertEquals(3, e.exitCode());
    assertEquals("app.json", e.location().orElseThrow().file());
    assertEquals(3, e.location().orElseThrow().line());
  }
}
