package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.testing.Golden;
import dev.unbuildpack.testing.RequiredTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Microsoft's SARIF Multitool, installed by .ci/install-sarif-multitool.sh. Found through the
 * system property unbuildpack.sarifMultitool (the executable), else in target/sarif-multitool.
 * Without it, tests skip with the reason shown, unless unbuildpack.requireSarifMultitool (or,
 * when that is unset, unbuildpack.requireDocker, as CI sets it) is "true": then they fail.
 */
final class SarifMultitool {
  private SarifMultitool() {}

  static Path require() {
    String configured = System.getProperty("unbuildpack.sarifMultitool", "");
    Path tool = configured.isBlank()
        ? Golden.projectDir().resolve("target/sarif-multitool/node_modules/.bin/sarif-multitool")
        : Path.of(configured);
    if (Files.isExecutable(tool)) {
      return tool;
    }
    RequiredTools.missing("no SARIF Multitool at " + tool
        + " (run .ci/install-sarif-multitool.sh)", "unbuildpack.requireSarifMultitool");
    return tool;
  }

  /**
   * Validates SARIF files in one run of the tool; returns its error-level results as
   * "RULE file: message" lines.
   */
  static List<String> errors(Path tool, List<Path> sarifFiles)
      throws IOException, InterruptedException {
    Path out = Files.createTempDirectory("sarif-validate").resolve("verdict.sarif");
    List<String> command = new ArrayList<>(List.of(tool.toString(), "validate"));
    sarifFiles.forEach(file -> command.add(file.toString()));
    command.addAll(List.of("-o", out.toString(), "-q"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String console = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("sarif-multitool did not finish in 120 s");
    }
    assertEquals(0, process.exitValue(), "sarif-multitool failed: " + console);
    // It exits 0 even when the file breaks the schema: the verdicts are in its own SARIF output.
    JsonNode verdict = Json.mapper().readTree(out.toFile());
    List<String> errors = new ArrayList<>();
    for (JsonNode result : verdict.path("runs").path(0).path("results")) {
      if ("error".equals(result.path("level").asText())) {
        errors.add(result.path("ruleId").asText() + " " + result.path("locations").path(0)
            .path("physicalLocation").path("artifactLocation").path("uri").asText()
            + ": " + result.path("message"));
      }
    }
    for (JsonNode notice : verdict.path("runs").path(0).path("invocations").path(0)
        .path("toolExecutionNotifications")) {
      if ("error".equals(notice.path("level").asText())) {
        errors.add("tool: " + notice.path("message"));
      }
    }
    return errors;
  }
}
