package dev.unbuildpack.image.source;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.BadRequestException;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.unbuildpack.build.DockerEngine;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.EnvironmentException;
import dev.unbuildpack.common.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Saves an image from the local engine to a spool file, which is then read like any
 * {@code docker save} archive. Spooling is needed because the engine writes manifest.json after
 * the layers, and it keeps the engine's stream short-lived.
 */
final class EngineExport {
  private EngineExport() {}

  static Path save(ImageRef ref) {
    try (DockerClient engine = DockerEngine.connect()) {
      requireImage(engine, ref);
      Path spool = Files.createTempFile("unbuildpack-image-", ".tar");
      try (InputStream saved = engine.saveImageCmd(ref.target()).exec()) {
        Files.copy(saved, spool, StandardCopyOption.REPLACE_EXISTING);
        return spool;
      } catch (IOException | RuntimeException e) {
        Files.deleteIfExists(spool);
        throw e;
      }
    } catch (IOException e) {
      throw new EnvironmentException(
          "Could not save " + ref.target() + " from the Docker Engine",
          e.getMessage(),
          List.of("Check the free space in " + System.getProperty("java.io.tmpdir") + "."),
          e);
    }
  }

  private static void requireImage(DockerClient engine, ImageRef ref) {
    try {
      engine.inspectImageCmd(ref.target()).exec();
    } catch (BadRequestException e) {
      throw new BadInputException(
          "The Docker Engine rejected the image reference " + ref.target(),
          Location.of(ref.text()),
          e.getMessage(),
          List.of("Name an image as the engine lists it (docker images), or write"
              + " docker-archive:PATH or oci:DIR for a file."),
          e);
    } catch (NotFoundException e) {
      boolean isFile = Files.exists(Path.of(ref.target()));
      throw new BadInputException(
          "No image " + ref.target() + " in the local Docker Engine",
          Location.of(ref.text()),
          "A bare reference names an image in the engine; nothing by that name was found there.",
          isFile
              ? List.of("To read the file " + ref.target() + ", write docker-archive:"
                  + ref.target() + " (or oci:" + ref.target() + ").")
              : List.of("Build or load the image first (docker images lists what is there)."),
          e);
    }
  }
}
