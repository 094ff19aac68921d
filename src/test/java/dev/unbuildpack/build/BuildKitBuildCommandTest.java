package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildKitBuildCommandTest {
  private static final Path DOCKER = Path.of("/usr/bin/docker");

  @Test
  void buildsPlainProgressIidfileDockerfileTagAndContext() {
    BuildKitRequest request = BuildKitRequest.of(Path.of("/src/app"), "unbuildpack-test/app:1");

    List<String> command =
        BuildKitBuild.command(DOCKER, request, Path.of("/tmp/iid"), Map.of());

    assertEquals(
        List.of("/usr/bin/docker", "build", "--progress=plain", "--iidfile", "/tmp/iid",
            "-f", "/src/app/Dockerfile", "-t", "unbuildpack-test/app:1", "/src/app"),
        command);
  }

  @Test
  void passesEachSecretAsIdAndFileInTheGivenOrder() {
    BuildKitRequest request = new BuildKitRequest(
        Path.of("/ctx"), Path.of("/elsewhere/Dockerfile"), "t",
        List.of(new SecretSource.FromFile("extra-ca", Path.of("/etc/ca.crt")),
            new SecretSource.FromEnv("NPM_TOKEN", "NPM_TOKEN")),
        Duration.ofMinutes(1));
    Map<String, Path> files = Map.of(
        "extra-ca", Path.of("/etc/ca.crt"), "NPM_TOKEN", Path.of("/tmp/private/secret1"));

    List<String> command = BuildKitBuild.command(DOCKER, request, Path.of("/tmp/iid"), files);

    assertEquals(
        List.of("/usr/bin/docker", "build", "--progress=plain", "--iidfile", "/tmp/iid",
            "--secret", "id=extra-ca,src=/etc/ca.crt",
            "--secret", "id=NPM_TOKEN,src=/tmp/private/secret1",
            "-f", "/elsewhere/Dockerfile", "-t", "t", "/ctx"),
        command);
  }

  @Test
  void refusesSecretIdsTheClientWouldSplit() {
    assertThrows(IllegalArgumentException.class,
        () -> new SecretSource.FromEnv("a,src=/etc/shadow", "X"));
    assertThrows(IllegalArgumentException.class,
        () -> new SecretSource.FromFile("a=b", Path.of("/f")));
  }

  @Test
  void refusesTwoSecretsWithOneId() {
    List<SecretSource> twice = List.of(
        new SecretSource.FromEnv("TOKEN", "A"), new SecretSource.FromEnv("TOKEN", "B"));

    assertThrows(IllegalArgumentException.class,
        () -> BuildKitRequest.of(Path.of("/ctx"), "t").withSecrets(twice));
  }
}
