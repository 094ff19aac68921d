package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.build.BuildKitBuild;
import dev.unbuildpack.build.BuildKitRequest;
import dev.unbuildpack.build.DockerCli;
import dev.unbuildpack.build.SecretSource;
import dev.unbuildpack.testing.DockerEngineSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real BuildKit builds (the Debian docker client, DOCKER_BUILDKIT=1) of the two image fixtures,
 * then CHK108 on the result: a correctly mounted secret leaves no trace, a build argument written
 * to a file is found with its layer and path. The secret is a fresh random value per run, so a
 * hit can only come from this build.
 */
class ImageSecretScanEngineTest {
  private static final String SECRET = "SENTINEL_TOKEN";
  private static final String SENTINEL = "unbuildpack-sentinel-" + UUID.randomUUID();
  private static final String MOUNTED = "unbuildpack-test/check-secret-mounted";
  private static final String LEAKY = "unbuildpack-test/check-secret-leaky";

  @TempDir Path temp;

  /**
   * The mounted build goes through the project's BuildKit helper, the secret in a file. The
   * context is a copy with a unique line added to install.sh, so the secret step really runs
   * (BuildKit does not key its cache on secret contents) and prints that it read the secret.
   */
  private static String buildMounted(Path temp) throws IOException {
    Path context = copyOfApp("image-secret-mounted", temp.resolve("context"));
    Files.writeString(context.resolve("install.sh"), "# build " + UUID.randomUUID() + "\n",
        StandardOpenOption.APPEND);
    Path secretFile = temp.resolve("secret");
    Files.writeString(secretFile, SENTINEL);
    StringBuilder log = new StringBuilder();
    new BuildKitBuild(DockerCli.at(DockerCli.DEBIAN_CLIENT)).build(
        BuildKitRequest.of(context, MOUNTED).withSecrets(
            List.of(new SecretSource.FromFile(SECRET, secretFile))),
        line -> log.append(line).append('\n'));
    return log.toString();
  }

  /**
   * The leaky build passes the secret as a build argument, which the BuildKit helper
   * deliberately does not offer; it runs the Debian client directly, the value in its environment.
   */
  private static void buildLeaky() throws IOException, InterruptedException {
    Path app = CheckScenariosTest.FIXTURES.resolve("image-secret-leaky").resolve("app");
    ProcessBuilder builder = new ProcessBuilder(DockerEngineSupport.DOCKER_CLI, "build",
        "--progress=plain", "--build-arg", SECRET, "-t", LEAKY, app.toString())
        .redirectErrorStream(true);
    builder.environment().put("DOCKER_BUILDKIT", "1");
    builder.environment().put(SECRET, SENTINEL); // "--build-arg NAME" takes the value from here
    Process process = builder.start();
    String log = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "docker build timed out");
    assertEquals(0, process.exitValue(), "docker build of the leaky fixture failed:\n" + log);
  }

  private static Path copyOfApp(String scenario, Path target) throws IOException {
    Path app = CheckScenariosTest.FIXTURES.resolve(scenario).resolve("app");
    Files.createDirectories(target);
    try (var files = Files.list(app)) {
      for (Path file : files.toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
    return target;
  }

  private static ImageSecretScan.Result scan(String tag) {
    try (LayerScannerContents image = LayerScannerContents.open(tag)) {
      return new ImageSecretScan(CheckRules.load()).scan(image, Map.of(SECRET, SENTINEL), "Dockerfile");
    }
  }

  @Test
  void aMountedSecretReachesTheStepAndLeavesNoTraceInTheImage() throws Exception {
    DockerEngineSupport.requireEngine();
    String log = buildMounted(temp);
    assertTrue(log.contains("token present: " + SENTINEL.length() + " bytes"),
        "the step must have read the mounted secret:\n" + log);
    ImageSecretScan.Result result = scan(MOUNTED);
    assertEquals(List.of(), result.findings());
    assertEquals(List.of(), result.notes());
  }

  @Test
  void aBuildArgumentWrittenToAFileIsFoundWithItsLayerAndPath() throws Exception {
    DockerEngineSupport.requireEngine();
    buildLeaky();
    ImageSecretScan.Result result = scan(LEAKY);
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
