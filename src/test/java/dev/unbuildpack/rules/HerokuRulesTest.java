package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Process;
import java.nio.file.Path;
import java.util.List;
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
    assertEquals("1", d.env().build().get("A").value());
    assertEquals(List.of("D"), d.findings().stream()
        .filter(f -> f.rule().equals("HEROKU-APPJSON-REQUIRED"))
        .map(f -> f.message().split(" ")[0]).toList());
  }
}
