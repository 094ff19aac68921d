package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.rules.TempApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code scanning matches an alert across commits by its partial fingerprint: moving a finding's
 * lines must keep it, or every edit above a finding closes the alert and opens a new one.
 */
class SarifFingerprintTest {
  private static final String PACKAGE_JSON = "{\"name\": \"web\", \"version\": \"1.0.0\"}";
  private static final String TOKEN_LINE = "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n";
  private static final String DOCKERFILE = "FROM node:22-bookworm-slim\nWORKDIR /app\nCOPY . .\n"
      + "RUN npm ci\n";

  @TempDir Path temp;

  private List<String> fingerprints(String name, String npmrc, String dockerfile) throws Exception {
    Path app = new TempApp(temp, name).file("package.json", PACKAGE_JSON).file(".npmrc", npmrc)
        .file("Dockerfile", dockerfile).root();
    CliRun run = CliRun.of("check", app.toString(), "--format", "sarif", "--provided=NPM_TOKEN");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    List<String> found = new ArrayList<>();
    for (JsonNode result : new ObjectMapper().readTree(run.out()).path("runs").get(0).path("results")) {
      found.add(result.path("ruleId").asText() + " "
          + result.path("partialFingerprints").path("unbuildpackFinding/v1").asText());
    }
    assertEquals(1, found.size(), run.out());
    return found;
  }

  @Test
  void movingTheTokenOneLineDownKeepsTheFingerprint() throws Exception {
    List<String> before = fingerprints("before", TOKEN_LINE, DOCKERFILE);
    List<String> after = fingerprints("after", "# the private registry\n" + TOKEN_LINE, DOCKERFILE);
    assertEquals(before, after);
  }

  @Test
  void movingTheStepOneLineDownKeepsTheFingerprint() throws Exception {
    List<String> before = fingerprints("before", TOKEN_LINE, DOCKERFILE);
    List<String> after = fingerprints("after", TOKEN_LINE, DOCKERFILE.replace("RUN", "\nRUN"));
    assertEquals(before, after);
  }

  @Test
  void anotherStepIsAnotherFinding() throws Exception {
    List<String> before = fingerprints("before", TOKEN_LINE, DOCKERFILE);
    List<String> after = fingerprints("after", TOKEN_LINE, DOCKERFILE.replace("npm ci", "npm install"));
    assertNotEquals(before, after);
  }
}
