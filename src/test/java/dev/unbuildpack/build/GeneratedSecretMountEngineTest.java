package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.ContainerConfig;
import dev.unbuildpack.generate.Conversion;
import dev.unbuildpack.generate.RuleDescriptions;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.plan.ImageMap;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.testing.SampleDetections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated Dockerfile whose install step needs a build secret, built by BuildKit on the real
 * engine: the step reads the secret from /run/secrets (it records the value's length), and the
 * value is in no layer. The app has no dependencies, so the build needs no registry.
 */
class GeneratedSecretMountEngineTest {
  private static final String TAG = "unbuildpack-test/generated-secret:" + UUID.randomUUID();
  private static final Duration BOUND = Duration.ofSeconds(90);
  private static DockerClient docker;

  @BeforeAll
  static void engine() {
    docker = TestImages.connect(TestImages.NODE);
  }

  @AfterAll
  static void removeImage() {
    TestImages.release(docker, TAG);
  }

  @Test
  void theSecretIsReadOnlyWhereMountedAndStaysOutOfTheImage(@TempDir Path dir) throws Exception {
    Path app = writeApp(Files.createDirectories(dir.resolve("app")));
    String token = "npm_" + UUID.randomUUID().toString().replace("-", "");
    Path tokenFile = Files.writeString(dir.resolve("token"), token);
    Conversion conversion = Conversion.of(detection(), new PlanOptions(
        ImageMap.parse("node:* = " + TestImages.NODE + "\n", "test"), null), RuleDescriptions.none());
    for (Map.Entry<String, String> file : conversion.files().entrySet()) {
      Files.writeString(app.resolve(file.getKey()), file.getValue());
    }
    List<String> progress = new ArrayList<>();
    new BuildKitBuild(DockerCli.at(DockerCli.DEBIAN_CLIENT)).build(
        BuildKitRequest.of(app, TAG).withSecrets(
            List.of(new SecretSource.FromFile("NPM_TOKEN", tokenFile))), progress::add);

    String recorded = new ContainerRun(docker).run(
        ContainerSpec.asRoot(TAG, "cat", "/app/token-length.txt"), BOUND).stdout();
    assertEquals(String.valueOf(token.length()), recorded.strip());
    assertFalse(SavedImage.contains(docker, TAG, token), "the secret's value is in a layer");
    assertFalse(progress.stream().anyMatch(line -> line.contains(token)), "in the build output");
    ContainerConfig config = docker.inspectImageCmd(TAG).exec().getConfig();
    assertEquals("node", config.getUser());
    assertEquals(List.of("bash", "-c", "node server.js"), List.of(config.getCmd()));
  }

  /** package.json without dependencies (npm ci needs no registry) and an .npmrc using a token. */
  private static Path writeApp(Path app) throws Exception {
    Files.writeString(app.resolve("package.json"), """
        {"name": "it-app", "version": "1.0.0", "private": true}
        """);
    Files.writeString(app.resolve("package-lock.json"), """
        {"name": "it-app", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
         "packages": {"": {"name": "it-app", "version": "1.0.0"}}}
        """);
    Files.writeString(app.resolve(".npmrc"), "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n");
    Files.writeString(app.resolve("server.js"), "require('http').createServer().listen(process.env.PORT)\n");
    return app;
  }

  /** As the rules see the app above; the install step also records the token's length. */
  private static Detection detection() {
    Detection base = SampleDetections.expressNpm();
    return new Detection("it-app",
        List.of(SampleDetections.node("18.20.4", null, "test",
            new PackageManager("npm", null, "package-lock.json"),
            List.of("package.json", "package-lock.json", ".npmrc"))),
        base.processes(),
        List.of(new BuildSecret("NPM_TOKEN", ".npmrc", 1, "NODE-NPMRC-TOKEN")),
        base.systemPackages(),
        List.of(new BuildStep("install", "npm ci --production=false && printf %s"
                + " \"${#NPM_TOKEN}\" > token-length.txt", "NODE-INSTALL-NPM", List.of("NPM_TOKEN"),
                List.of("/root/.npm")),
            new BuildStep("prune", "npm prune", "NODE-PRUNE-NPM", List.of(), List.of())),
        base.env(), List.of(), base.ignore(), List.of());
  }
}
