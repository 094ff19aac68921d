package dev.unbuildpack.verify;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.common.EnvironmentException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The tar image A is written to when verify lays a slug on a stack: loaded into the engine
 * through its API (so a remote engine works the same), read for A's inventory, then deleted.
 */
final class SlugArchive {
  private SlugArchive() {}

  /** A new temporary path for the tar (Jib creates the file). */
  static Path create() {
    try {
      Path dir = Files.createTempDirectory("unbuildpack-verify-a-");
      return dir.resolve("image-a.tar");
    } catch (IOException e) {
      throw new EnvironmentException("Could not create a temporary folder for image A",
          e.getMessage(), List.of("Check the free space in "
              + System.getProperty("java.io.tmpdir") + "."), e);
    }
  }

  /** Loads the tar into the engine (what {@code docker load} does). */
  static void load(DockerClient docker, Path tar) {
    try (InputStream in = Files.newInputStream(tar)) {
      docker.loadImageCmd(in).exec();
    } catch (IOException | RuntimeException e) {
      throw new EnvironmentException("Could not load image A into the Docker Engine",
          String.valueOf(e.getMessage()),
          List.of("Check that the Docker Engine answers (docker info) and has room for the"
              + " image."), e);
    }
  }

  /** Deletes the tar and its folder; null-safe, quiet (a temporary file). */
  static void delete(Path tar) {
    if (tar == null) {
      return;
    }
    try {
      Files.deleteIfExists(tar);
      Files.deleteIfExists(tar.getParent());
    } catch (IOException ignored) {
      // The operating system cleans its temporary folder.
    }
  }
}
