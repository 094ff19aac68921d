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
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Saves an image from the local engine to a spool file, which is then read like any
 * {@code docker save} archive. Spooling is needed because the engine writes manifest.json after
 * the layers, and it keeps the engine's stream short-lived.
 */
final class EngineExport {
  private EngineExport() {}

  private static final int CHUNK = 1 << 20;

  static Path save(ImageRef ref, ExportProgress progress) {
    try (DockerClient engine = DockerEngine.connect()) {
      requireImage(engine, ref);
      Path spool = Files.createTempFile("unbuildpack-image-", ".tar");
      long start = System.nanoTime();
      progress.started(ref.target());
      try (InputStream saved = engine.saveImageCmd(ref.target()).exec();
          OutputStream out = Files.newOutputStream(spool)) {
        long bytes = copy(saved, out, ref.target(), progress);
        progress.finished(ref.target(), bytes, Duration.ofNanos(System.nanoTime() - start));
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

  private static long copy(InputStream in, OutputStream out, String image,
      ExportProgress progress) throws IOException {
    byte[] buffer = new byte[CHUNK];
    long total = 0;
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      total += n;
      progress.copied(image, total);
    }
    return total;
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
