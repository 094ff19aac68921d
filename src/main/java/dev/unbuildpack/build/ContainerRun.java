package dev.unbuildpack.build;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.command.PullImageResultCallback;
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
  private static final Duration PULL_TIMEOUT = Duration.ofMinutes(10);
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
    HostConfig host = HostConfig.newHostConfig().withPortBindings(bindings);
    if (spec.network() != null) {
      host.withNetworkMode(spec.network().name());
      if (!spec.network().aliases().isEmpty()) {
        create.withAliases(spec.network().aliases());
      }
    }
    create
        .withExposedPorts(spec.publishedPorts().stream().map(ExposedPort::tcp).toList())
        .withHostConfig(host);
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

  /** Pulls {@code image} when the engine lacks it (what {@code docker run} does first). */
  public void ensureImage(String image) {
    try {
      docker.inspectImageCmd(image).exec();
      return;
    } catch (NotFoundException absent) {
      // Pulled below.
    }
    try {
      docker.pullImageCmd(image).exec(new PullImageResultCallback())
          .awaitCompletion(PULL_TIMEOUT.toMinutes(), TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while pulling " + image, e);
    } catch (RuntimeException e) {
      throw new EnvironmentException("The Docker Engine has no image " + image
          + " and could not pull it", e.getMessage(),
          List.of("Pull or build it first (docker pull " + image + "), or map it to a local"
              + " image with --image-map."), e);
    }
  }

  /**
   * Creates a user-defined bridge network named {@code name}, where containers reach each other
   * by their aliases; closing the result removes it.
   */
  public PrivateNetwork network(String name) {
    docker.createNetworkCmd().withName(name).withDriver("bridge").withCheckDuplicate(true)
        .withLabels(java.util.Map.of("dev.unbuildpack", "verify")).exec();
    return new PrivateNetwork(docker, name);
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
