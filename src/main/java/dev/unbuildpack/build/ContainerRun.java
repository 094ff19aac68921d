package dev.unbuildpack.build;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.WaitContainerResultCallback;
import com.github.dockerjava.api.exception.DockerClientException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import dev.unbuildpack.common.EnvironmentException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs containers through docker-java: a command to completion (create, start, wait, logs,
 * remove), or a long-running container that is removed when closed. Nothing is left behind,
 * whatever happens.
 */
public final class ContainerRun {
  private final DockerClient docker;

  public ContainerRun(DockerClient docker) {
    this.docker = docker;
  }

  /** Runs the spec's command and returns its output; the container is removed afterwards. */
  public ContainerOutput run(ContainerSpec spec, Duration timeout) {
    try (RunningContainer container = start(spec)) {
      long exitCode = awaitExit(container.id(), timeout);
      ContainerOutput logs = container.logs(timeout);
      return new ContainerOutput(exitCode, logs.stdout(), logs.stderr());
    }
  }

  /** Creates and starts a container; closing the result stops and removes it. */
  public RunningContainer start(ContainerSpec spec) {
    String id = create(spec);
    RunningContainer container = new RunningContainer(docker, id);
    try {
      docker.startContainerCmd(id).exec();
      return container;
    } catch (RuntimeException e) {
      container.close();
      throw e;
    }
  }

  private String create(ContainerSpec spec) {
    CreateContainerCmd create = docker.createContainerCmd(spec.image()).withEnv(spec.envEntries());
    if (spec.entrypoint() != null) {
      // An empty list clears the image's entrypoint; docker-java sends [""] for that.
      create.withEntrypoint(spec.entrypoint().isEmpty() ? List.of("") : spec.entrypoint());
    }
    if (!spec.command().isEmpty()) {
      create.withCmd(spec.command());
    }
    if (spec.user() != null) {
      create.withUser(spec.user());
    }
    Ports bindings = new Ports();
    for (int port : spec.publishedPorts()) {
      bindings.bind(ExposedPort.tcp(port), Ports.Binding.bindIp("127.0.0.1"));
    }
    create
        .withExposedPorts(spec.publishedPorts().stream().map(ExposedPort::tcp).toList())
        .withHostConfig(HostConfig.newHostConfig().withPortBindings(bindings));
    try {
      return create.exec().getId();
    } catch (NotFoundException e) {
      throw new EnvironmentException(
          "The Docker Engine has no image " + spec.image(),
          e.getMessage(),
          List.of("Build or load the image first (CI builds test images in .ci/docker-engine.sh)."),
          e);
    }
  }

  private long awaitExit(String id, Duration timeout) {
    try {
      return docker.waitContainerCmd(id).exec(new WaitContainerResultCallback())
          .awaitStatusCode(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (DockerClientException e) {
      throw new EnvironmentException(
          "The container did not exit within " + StreamedProcess.describe(timeout),
          e.getMessage(),
          List.of("Check what the command waits for; it was stopped and removed."),
          e);
    }
  }
}
