package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Env;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.SystemPackages;
import dev.unbuildpack.plan.ImageMap;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.testing.DockerEngineSupport;
import dev.unbuildpack.testing.SampleDetections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a generated Dockerfile with BuildKit on the real engine: the app has no dependencies, so
 * the build needs no registry; the node images are mapped to the local stand-in
 * unbuildpack-test/node-standin:bookworm. Checks that the build secret is readable where mounted
 * and absent from the saved image, and that the image runs as the unprivileged user with PORT.
 */
class GeneratedImageBuildTest {
  static final String STANDIN = "unbuildpack-test/node-standin:bookworm";
  private static final String CA_BUNDLE = "/etc/ssl/certs/ca-certificates.crt";

  @TempDir Path tmp;

  @Test
  void buildKitAcceptsTheDockerfileAndTheSecretStaysOutOfTheImage() throws Exception {
    DockerEngineSupport.requireEngine();
    requireStandIn();
    Path app = writeApp(tmp.resolve("app"));
    String secret = "npm_" + UUID.randomUUID().toString().replace("-", "");
    String tag = "unbuildpack-test/generate-it:" + UUID.randomUUID().toString().substring(0, 8);
    Conversion conversion = Conversion.of(detection(), new PlanOptions(
        ImageMap.parse("node:* = " + STANDIN + "\n", "test"), CA_BUNDLE), RuleDescriptions.none());
    for (Map.Entry<String, String> file : conversion.files().entrySet()) {
      Files.writeString(app.resolve(file.getKey()), file.getValue());
    }
    try {
      Result build = docker(Map.of("NPM_TOKEN", secret), "build", "--progress=plain",
          "--secret", "id=NPM_TOKEN,env=NPM_TOKEN", "--secret", "id=extra-ca,src=" + CA_BUNDLE,
          "-t", tag, app.toString());
      assertEquals(0, build.code(), build.output());
      Path saved = tmp.resolve("image.tar");
      assertEquals(0, docker(Map.of(), "save", "-o", saved.toString(), tag).code());
      assertFalse(contains(saved, secret), "the secret's value is in the saved image");
      assertFalse(docker(Map.of(), "history", "--no-trunc", tag).output().contains(secret));
      Result run = docker(Map.of(), "run", "--rm", tag, "bash", "-c",
          "id -u; echo $PORT; cat token-length.txt; echo; ls /run/secrets 2>/dev/null | wc -l");
      assertEquals(List.of("1000", "5000", String.valueOf(secret.length()), "0"),
          run.output().lines().toList(), run.output());
    } finally {
      docker(Map.of(), "rmi", "-f", tag);
    }
  }

  /** package.json without dependencies (npm ci needs no registry) and an .npmrc using a token. */
  private static Path writeApp(Path app) throws IOException {
    Files.createDirectories(app);
    Files.writeString(app.resolve("package.json"), """
        {"name": "it-app", "version": "1.0.0", "private": true,
         "scripts": {"build": "node -e \\"require('fs').writeFileSync('built.txt', 'ok')\\""}}
        """);
    Files.writeString(app.resolve("package-lock.json"), """
        {"name": "it-app", "version": "1.0.0", "lockfileVersion": 3, "requires": true,
         "packages": {"": {"name": "it-app", "version": "1.0.0"}}}
        """);
    Files.writeString(app.resolve(".npmrc"), "//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n");
    Files.writeString(app.resolve("Procfile"), "web: node -e \"require('http').createServer((q, r) => r.end('ok')).listen(process.env.PORT)\"\n");
    return app;
  }

  /** As the detector would see the app above; the install step records the token's length. */
  private static Detection detection() {
    Detection base = SampleDetections.expressNpm();
    return new Detection(
        "it-app",
        List.of(SampleDetections.node("18.20.4", null, "test",
            new PackageManager("npm", null, "package-lock.json"),
            List.of("package.json", "package-lock.json", ".npmrc"))),
        List.of(new Process("web", "node server.js", "Procfile:1")),
        List.of(new BuildSecret("NPM_TOKEN", ".npmrc", 1, "NODE-NPMRC-TOKEN")),
        new SystemPackages(List.of(), List.of()),
        List.of(
            new BuildStep("install", "npm ci --production=false && printf %s \"${#NPM_TOKEN}\""
                + " > token-length.txt", "NODE-INSTALL-NPM", List.of("NPM_TOKEN"),
                List.of("/root/.npm")),
            new BuildStep("build", "npm run build", "NODE-BUILD", List.of(), List.of()),
            new BuildStep("prune", "npm prune", "NODE-PRUNE-NPM", List.of("NPM_TOKEN"),
                List.of("/root/.npm"))),
        new Env(Map.of("NODE_ENV", new EnvVar("production", "NODE-ENV-BUILD")),
            Map.of("NODE_ENV", new EnvVar("production", "NODE-ENV-RUN"))),
        List.of(), base.ignore(), List.of());
  }

  static void requireStandIn() throws Exception {
    if (docker(Map.of(), "image", "inspect", STANDIN).code() == 0) {
      return;
    }
    String reason = "the stand-in image " + STANDIN + " is missing (build it from"
        + " unbuildpack-test/bookworm:latest with nodejs, npm and user node, uid 1000)";
    if (Boolean.getBoolean("unbuildpack.requireDocker")) {
      fail(reason);
    }
    Assumptions.assumeTrue(false, reason);
  }

  record Result(int code, String output) {}

  static Result docker(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(DockerEngineSupport.DOCKER_CLI));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("DOCKER_BUILDKIT", "1");
    builder.environment().putAll(env);
    java.lang.Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("docker " + args[0] + " timed out");
    }
    return new Result(process.exitValue(), output);
  }

  private static boolean contains(Path file, String text) throws IOException {
    byte[] needle = text.getBytes(StandardCharsets.UTF_8);
    byte[] data = Files.readAllBytes(file);
    outer:
    for (int i = 0; i + needle.length <= data.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (data[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
