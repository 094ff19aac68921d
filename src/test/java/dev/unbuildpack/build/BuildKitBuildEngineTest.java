package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.ExitCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real BuildKit builds through Debian's docker client, checked with docker-java. */
class BuildKitBuildEngineTest {
  private static final String TAG = "unbuildpack-test/buildkit-build:" + UUID.randomUUID();
  private static DockerClient docker;

  @BeforeAll
  static void engine() {
    docker = TestImages.connect(TestImages.BASE);
  }

  @AfterAll
  static void removeImage() {
    TestImages.release(docker, TAG);
  }

  @Test
  void mountsFileAndEnvironmentSecretsWithoutLeavingThemInTheImage(@TempDir Path dir)
      throws Exception {
    String caValue = "ca-bundle-" + UUID.randomUUID();
    String token = "token-" + UUID.randomUUID();
    // BuildKit's cache key ignores secret values: a marker unique to this run keeps the secret
    // step from being answered by an earlier run's layer.
    String marker = "visible-marker-" + UUID.randomUUID();
    Path ca = Files.writeString(dir.resolve("ca.pem"), caValue);
    Path context = Files.createDirectory(dir.resolve("ctx"));
    Files.writeString(context.resolve("Dockerfile"), String.join("\n",
        "FROM " + TestImages.BASE,
        "RUN echo " + marker + " > /visible.txt",
        "RUN --mount=type=secret,id=extra-ca --mount=type=secret,id=npm-token \\",
        "    sha256sum /run/secrets/extra-ca /run/secrets/npm-token | cut -d' ' -f1 > /hashes",
        ""));
    BuildKitRequest request = BuildKitRequest.of(context, TAG).withSecrets(List.of(
        new SecretSource.FromFile("extra-ca", ca),
        new SecretSource.FromEnv("npm-token", "NPM_TOKEN")));
    List<String> progress = new ArrayList<>();

    String imageId = new BuildKitBuild(DockerCli.at(DockerCli.DEBIAN_CLIENT),
        Map.of("NPM_TOKEN", token)::get).build(request, progress::add);

    assertTrue(imageId.startsWith("sha256:"), imageId);
    assertEquals(imageId, docker.inspectImageCmd(TAG).exec().getId());
    assertTrue(progress.stream().anyMatch(line -> line.contains("DONE")), "progress streamed");
    assertFalse(progress.stream().anyMatch(line -> line.contains(token) || line.contains(caValue)));
    ContainerOutput hashes = new ContainerRun(docker)
        .run(ContainerSpec.asRoot(TAG, "cat", "/hashes"), Duration.ofSeconds(60));
    assertEquals(sha256(caValue) + "\n" + sha256(token) + "\n", hashes.stdout());
    assertTrue(SavedImage.contains(docker, TAG, marker), "the scan sees files");
    assertFalse(SavedImage.contains(docker, TAG, caValue), "file secret left in the image");
    assertFalse(SavedImage.contains(docker, TAG, token), "env secret left in the image");
  }

  @Test
  void aFailingStepIsBadInputPointingAtTheDockerfile(@TempDir Path context) throws Exception {
    Path dockerfile = context.resolve("Dockerfile");
    Files.writeString(dockerfile, "FROM " + TestImages.BASE + "\nRUN echo about-to-fail; exit 7\n");
    List<String> progress = new ArrayList<>();

    BadInputException e = assertThrows(BadInputException.class,
        () -> new BuildKitBuild(DockerCli.at(DockerCli.DEBIAN_CLIENT))
            .build(BuildKitRequest.of(context, TAG + "-failed"), progress::add));

    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertEquals(dockerfile.toString(), e.location().orElseThrow().file());
    assertTrue(progress.stream().anyMatch(line -> line.contains("about-to-fail")), "output shown");
  }

  private static String sha256(String value) throws Exception {
    return HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
  }
}
