package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.build.BuildKitBuild;
import dev.unbuildpack.build.BuildKitRequest;
import dev.unbuildpack.build.DockerCli;
import dev.unbuildpack.build.SecretSource;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.testing.DockerEngineSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real BuildKit builds (the Debian docker client, DOCKER_BUILDKIT=1) of the two image fixtures,
 * then {@code unbuildpack check --image IMAGE --scan-values} on each: a correctly mounted secret
 * leaves no trace, a build argument written to a file is found with its layer and path. The
 * secret is a fresh random value per run, so a hit can only come from this build.
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

  /** What {@code check --image --scan-values --from-env --format json} printed, and its exit code. */
  private record CheckRun(int exitCode, String stdout, JsonNode report) {
    List<JsonNode> imageFindings() {
      List<JsonNode> found = new java.util.ArrayList<>();
      report.path("findings").forEach(f -> {
        if (f.path("rule").asText().equals("CHECK-SECRET-IN-IMAGE")) {
          found.add(f);
        }
      });
      return found;
    }
  }

  /**
   * Runs the real command line in a child JVM, because the value reaches {@code --scan-values}
   * only through the environment, which a running JVM cannot change.
   */
  private static CheckRun check(String scenario, String image) throws Exception {
    Path app = CheckScenariosTest.FIXTURES.resolve(scenario).resolve("app");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp",
        System.getProperty("java.class.path"), "dev.unbuildpack.cli.Main", "check", app.toString(),
        "--from-env", "--image", image, "--scan-values", "--format", "json");
    builder.environment().put(SECRET, SENTINEL);
    Process process = builder.redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String stdout = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "check timed out");
    assertFalse(stdout.contains(SENTINEL), "the value must never be printed");
    return new CheckRun(process.exitValue(), stdout, Json.mapper().readTree(stdout));
  }

  @Test
  void aMountedSecretReachesTheStepAndLeavesNoTraceInTheImage() throws Exception {
    DockerEngineSupport.requireEngine();
    String log = buildMounted(temp);
    assertTrue(log.contains("token present: " + SENTINEL.length() + " bytes"),
        "the step must have read the mounted secret:\n" + log);
    CheckRun run = check("image-secret-mounted", MOUNTED);
    assertEquals(List.of(), run.imageFindings(), run.stdout());
    assertEquals("[\"SENTINEL_TOKEN\"]", run.report().path("provided").toString());
    assertEquals(0, run.exitCode(), run.stdout());
  }

  @Test
  void aBuildArgumentWrittenToAFileIsFoundWithItsLayerAndPath() throws Exception {
    DockerEngineSupport.requireEngine();
    buildLeaky();
    CheckRun run = check("image-secret-leaky", LEAKY);
    List<String> messages = run.imageFindings().stream().map(f -> f.path("message").asText()).toList();
    assertEquals(2, messages.size(), run.stdout());
    assertTrue(messages.stream().anyMatch(m -> m.matches(
        "The value of SENTINEL_TOKEN \\*\\*\\*\\*\\(\\d+ chars, sha256:[0-9a-f]{8}\\) is in layer \\d+ "
            + "\\(sha256:[0-9a-f]{12}\\) at /app/token.txt\\.")), String.valueOf(messages));
    assertTrue(messages.stream().anyMatch(m -> m.matches(
        ".* is in the image configuration at history\\[\\d+]\\.created_by\\.")), String.valueOf(messages));
    assertEquals(1, run.exitCode());
  }
}
