package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.unbuildpack.testing.DockerEngineSupport;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Assumptions;

/** The local images engine tests build on; .ci/docker-engine.sh creates them. */
final class TestImages {
  /** debootstrap bookworm minbase, imported. */
  static final String BASE = "unbuildpack-test/bookworm:latest";
  /** Stands in for node:*-bookworm(-slim): node, npm, a user "node" (1000). */
  static final String NODE = "unbuildpack-test/node-standin:bookworm";

  private TestImages() {}

  /** A client for tests that need the engine and these images (else skipped, or failed). */
  static DockerClient connect(String... images) {
    DockerEngineSupport.requireEngine();
    DockerClient docker = DockerEngine.connect();
    for (String image : images) {
      require(docker, image);
    }
    return docker;
  }

  /** Removes the images a test class built, then closes its client; null-safe. */
  static void release(DockerClient docker, String... built) {
    if (docker == null) {
      return;
    }
    for (String image : built) {
      remove(docker, image);
    }
    try {
      docker.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips (or, under -Pdocker, fails) the test when the engine lacks {@code image}. */
  static void require(DockerClient docker, String image) {
    try {
      docker.inspectImageCmd(image).exec();
    } catch (NotFoundException e) {
      String reason = "the Docker Engine has no image " + image + "; run .ci/docker-engine.sh";
      if (Boolean.getBoolean("unbuildpack.requireDocker")) {
        fail(reason);
      }
      Assumptions.assumeTrue(false, reason);
    }
  }

  /** Removes an image a test built; ignores one that is already gone. */
  static void remove(DockerClient docker, String image) {
    try {
      docker.removeImageCmd(image).withForce(true).exec();
    } catch (NotFoundException alreadyGone) {
      // Nothing to clean up.
    }
  }
}
