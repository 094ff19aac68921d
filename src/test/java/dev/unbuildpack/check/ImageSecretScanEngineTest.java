package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.DockerEngineSupport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Real BuildKit builds (the Debian docker client, DOCKER_BUILDKIT=1) of the two image fixtures,
 * then CHK108 on the result: a correctly mounted secret leaves no trace, a build argument written
 * to a file is found with its layer and path. The secret is a fresh random value per run, so a
 * hit can only come from this build.
 */
class ImageSecretScanEngineTest {
  private static final String SECRET = "SENTINEL_TOKEN";
  private static final String SENTINEL = "unbuildpack-sentinel-" + UUID.randomUUID();

  private static String build(String scenario, String tag, String... flags)
      throws IOException, InterruptedException {
    Path app = CheckScenariosTest.FIXTURES.resolve(scenario).resolve("app");
    List<String> command = new ArrayList<>(List.of(DockerEngineSupport.DOCKER_CLI, "build",
        "--progress=plain", "-t", tag));
    command.addAll(List.of(flags));
    command.add(app.toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DOCKER_BUILDKIT", "1");
    builder.environment().put(SECRET, SENTINEL); // only ever passed through the environment
    Process process = builder.start();
    String log = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "docker build timed out");
    assertEquals(0, process.exitValue(), "docker build of " + scenario + " failed:\n" + log);
    return log;
  }

  private static ImageSecretScan.Result scan(String tag) {
    try (LayerScannerContents image = LayerScannerContents.open(tag)) {
      return new ImageSecretScan(CheckRules.load()).scan(image, Map.of(SECRET, SENTINEL), "Dockerfile");
    }
  }

  @Test
  void aMountedSecretReachesTheStepAndLeavesNoTraceInTheImage() throws Exception {
    DockerEngineSupport.requireEngine();
    String log = build("image-secret-mounted", "unbuildpack-test/check-secret-mounted",
        "--no-cache", "--secret", "id=" + SECRET + ",env=" + SECRET);
    assertTrue(log.contains("token present: " + SENTINEL.length() + " bytes"),
        "the step must have read the mounted secret:\n" + log);
    ImageSecretScan.Result result = scan("unbuildpack-test/check-secret-mounted");
    assertEquals(List.of(), result.findings());
    assertEquals(List.of(), result.notes());
  }

  @Test
  void aBuildArgumentWrittenToAFileIsFoundWithItsLayerAndPath() throws Exception {
    DockerEngineSupport.requireEngine();
    build("image-secret-leaky", "unbuildpack-test/check-secret-leaky", "--build-arg", SECRET);
    ImageSecretScan.Result result = scan("unbuildpack-test/check-secret-leaky");
    List<String> messages = result.findings().stream().map(CheckFinding::message).toList();
    assertEquals(2, messages.size(), String.valueOf(messages));
    assertTrue(messages.stream().anyMatch(m -> m.matches(
        "The value of SENTINEL_TOKEN \\*\\*\\*\\*\\(\\d+ chars, sha256:[0-9a-f]{8}\\) is in layer \\d+ "
            + "\\(sha256:[0-9a-f]{12}\\) at /app/token.txt\\.")), String.valueOf(messages));
    assertTrue(messages.stream().anyMatch(m -> m.matches(
        ".* is in the image configuration at history\\[\\d+]\\.created_by\\.")), String.valueOf(messages));
    result.findings().forEach(f -> {
      assertEquals("CHECK-SECRET-IN-IMAGE", f.rule());
      assertFalse(f.message().contains(SENTINEL) || f.fix().contains(SENTINEL));
    });
  }
}
