package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unbuildpack.common.EnvironmentException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DockerEngineHostTest {
  @ParameterizedTest
  @ValueSource(strings = {"ftp://x", "x", "tcp://", "http://[::1"})
  void aDockerHostTheClientCannotUseIsAnEnvironmentProblemNotABug(String host) {
    EnvironmentException e = assertThrows(EnvironmentException.class,
        () -> DockerEngine.connect(host));
    assertEquals(4, e.exitCode());
    assertEquals("DOCKER_HOST is not an address the Docker client can use: " + host, e.title());
  }
}
