package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Without DOCKER_HOST the engine is the current docker context's, read from the context store as
 * the docker CLI reads it: config.json's currentContext (or DOCKER_CONTEXT), then
 * contexts/meta/SHA256(NAME)/meta.json. docker-java takes DOCKER_CONFIG from system properties as
 * well as the environment, which lets this test point it at a store (DOCKER_CONTEXT it reads
 * from the environment only).
 */
class DockerContextTest {
  @TempDir Path config;

  @AfterEach
  void forget() {
    System.clearProperty("DOCKER_CONFIG");
  }

  @Test
  void theCurrentContextNamesTheEngine() throws IOException {
    Assumptions.assumeTrue(System.getenv("DOCKER_HOST") == null, "DOCKER_HOST wins when set");
    context("team-engine", "tcp://10.11.12.13:2376");
    context("other", "tcp://10.0.0.2:2376");
    Files.writeString(config.resolve("config.json"), "{\"currentContext\": \"team-engine\"}");
    System.setProperty("DOCKER_CONFIG", config.toString());

    assertEquals("tcp://10.11.12.13:2376", DockerEngine.host());
  }

  @Test
  void anSshEngineIsForwardedWithoutAShellOrAPrompt() {
    List<String> command = SshForward.command(
        java.net.URI.create("ssh://deploy@build.example.com:2222"), Path.of("/tmp/x/docker.sock"));

    assertEquals(List.of("ssh", "-nNT", "-o", "ExitOnForwardFailure=yes", "-o", "BatchMode=yes",
        "-L", "/tmp/x/docker.sock:/var/run/docker.sock", "-p", "2222", "--",
        "deploy@build.example.com"), command);
  }

  private void context(String name, String host) throws IOException {
    Path meta = config.resolve("contexts/meta/" + sha256(name));
    Files.createDirectories(meta);
    Files.writeString(meta.resolve("meta.json"), "{\"Name\":\"" + name + "\",\"Metadata\":{},"
        + "\"Endpoints\":{\"docker\":{\"Host\":\"" + host + "\",\"SkipTLSVerify\":false}}}");
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
