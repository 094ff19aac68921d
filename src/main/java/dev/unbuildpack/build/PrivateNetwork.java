package dev.unbuildpack.build;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;

/**
 * A user-defined bridge network made for one run; {@link #close()} removes it (after the
 * containers on it are gone). Containers on it resolve each other by alias, as compose's do.
 */
public final class PrivateNetwork implements AutoCloseable {
  private final DockerClient docker;
  private final String name;

  PrivateNetwork(DockerClient docker, String name) {
    this.docker = docker;
    this.name = name;
  }

  public String name() {
    return name;
  }

  @Override
  public void close() {
    try {
      docker.removeNetworkCmd(name).exec();
    } catch (NotFoundException alreadyGone) {
      // Nothing to remove.
    }
  }
}
