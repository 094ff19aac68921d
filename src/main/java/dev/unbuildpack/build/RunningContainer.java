package dev.unbuildpack.build;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import com.github.dockerjava.api.command.InspectContainerResponse;

/** A started container. {@link #close()} removes it (forcibly, so also when it still runs). */
public final class RunningContainer implements AutoCloseable {
  private final DockerClient docker;
  private final String id;

  RunningContainer(DockerClient docker, String id) {
    this.docker = docker;
    this.id = id;
  }

  public String id() {
    return id;
  }

  public boolean isRunning() {
    return Boolean.TRUE.equals(docker.inspectContainerCmd(id).exec().getState().getRunning());
  }

  /** The exit code once the container has stopped; empty while it runs. */
  public Optional<Long> exitCode() {
    InspectContainerResponse.ContainerState state = docker.inspectContainerCmd(id).exec().getState();
    if (Boolean.TRUE.equals(state.getRunning())) {
      return Optional.empty();
    }
    return Optional.ofNullable(state.getExitCodeLong());
  }

  /**
   * The container's memory use now, from one sample of the engine's stats (what {@code docker
   * stats --no-stream} shows: usage less the page cache); empty when the engine has none.
   */
  public OptionalLong memoryBytes(Duration timeout) {
    StatsSample sample = docker.statsCmd(id).withNoStream(true).exec(new StatsSample());
    return sample.await(timeout);
  }

  /** The 127.0.0.1 port the engine published a container TCP port on, if it did. */
  public Optional<Integer> hostPort(int containerPort) {
    Map<ExposedPort, Ports.Binding[]> bindings =
        docker.inspectContainerCmd(id).exec().getNetworkSettings().getPorts().getBindings();
    Ports.Binding[] bound = bindings.get(ExposedPort.tcp(containerPort));
    if (bound == null || bound.length == 0) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(bound[0].getHostPortSpec()));
  }

  /** Runs a command inside the container (as {@code user}, null for the container's user). */
  public ContainerOutput exec(String user, Duration timeout, String... command) {
    String execId = docker.execCreateCmd(id)
        .withCmd(command)
        .withUser(user)
        .withAttachStdout(true)
        .withAttachStderr(true)
        .exec()
        .getId();
    OutputCollector output = docker.execStartCmd(execId).exec(new OutputCollector())
        .await(timeout, "exec " + List.of(command));
    Long exitCode = docker.inspectExecCmd(execId).exec().getExitCodeLong();
    return output.output(exitCode == null ? -1 : exitCode);
  }

  /** Everything the container wrote so far. */
  public ContainerOutput logs(Duration timeout) {
    OutputCollector output = docker.logContainerCmd(id)
        .withStdOut(true)
        .withStdErr(true)
        .exec(new OutputCollector())
        .await(timeout, "the logs of container " + id);
    return output.output(-1);
  }

  @Override
  public void close() {
    try {
      docker.removeContainerCmd(id).withForce(true).exec();
    } catch (NotFoundException alreadyGone) {
      // Nothing to remove.
    }
  }
}
