package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import dev.unbuildpack.common.EnvironmentException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ContainerRunEngineTest {
  private static final Duration BOUND = Duration.ofSeconds(60);
  private static DockerClient docker;
  private static ContainerRun run;

  @BeforeAll
  static void engine() {
    docker = TestImages.connect(TestImages.BASE);
    run = new ContainerRun(docker);
  }

  @AfterAll
  static void close() {
    TestImages.release(docker);
  }

  @Test
  void runsACommandAsRootAndReturnsExitCodeAndBothStreams() {
    ContainerOutput output = run.run(
        ContainerSpec.asRoot(TestImages.BASE, "sh", "-c", "id -u; echo \"$GREETING\" >&2; exit 5")
            .withEnv("GREETING", "hello"),
        BOUND);

    assertEquals(new ContainerOutput(5, "0\n", "hello\n"), output);
  }

  @Test
  void publishesAPortOnLoopbackOnlyAndRunsExecsAsTheContainerUser() throws Exception {
    TestImages.require(docker, TestImages.NODE);
    ContainerSpec server = new ContainerSpec(TestImages.NODE,
        List.of("node", "-e",
            "require('http').createServer((q, r) => r.end('pong ' + process.env.PORT))"
                + ".listen(process.env.PORT)"),
        "node", Map.of("PORT", "8080"), List.of(8080));

    try (RunningContainer container = run.start(server)) {
      int port = container.hostPort(8080).orElseThrow();
      HttpResponse<String> response = Http.getWhenReady("http://127.0.0.1:" + port + "/", BOUND);

      assertEquals("pong 8080", response.body());
      Ports.Binding binding = docker.inspectContainerCmd(container.id()).exec()
          .getNetworkSettings().getPorts().getBindings().get(ExposedPort.tcp(8080))[0];
      assertEquals("127.0.0.1", binding.getHostIp());
      assertEquals(new ContainerOutput(0, "1000\n", ""), container.exec(null, BOUND, "id", "-u"));
      assertTrue(container.isRunning());
    }
  }

  @Test
  void closingRemovesTheContainer() {
    String id;
    try (RunningContainer container = run.start(ContainerSpec.asRoot(TestImages.BASE, "sleep", "60"))) {
      id = container.id();
    }

    assertThrows(NotFoundException.class, () -> docker.inspectContainerCmd(id).exec());
  }

  @Test
  void aCommandThatOutlivesItsTimeoutIsStoppedAndRemoved() {
    String marker = "61." + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1000);

    EnvironmentException e = assertThrows(EnvironmentException.class,
        () -> run.run(ContainerSpec.asRoot(TestImages.BASE, "sleep", marker), Duration.ofSeconds(1)));

    assertEquals("The container did not exit within 1 s", e.title());
    assertTrue(docker.listContainersCmd().withShowAll(true).exec().stream()
        .noneMatch(c -> c.getCommand().contains(marker)), "container left behind");
  }

  @Test
  void anImageTheEngineLacksIsAnEnvironmentProblem() {
    EnvironmentException e = assertThrows(EnvironmentException.class,
        () -> run.run(ContainerSpec.of("unbuildpack-test/absent:" + UUID.randomUUID()), BOUND));

    assertTrue(e.title().startsWith("The Docker Engine has no image unbuildpack-test/absent:"));
  }
}
