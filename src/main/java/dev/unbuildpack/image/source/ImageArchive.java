package dev.unbuildpack.image.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image as one {@code docker save} tar, for tools that take one: the user's file itself, or a
 * temporary file saved from the engine, which {@link #close()} deletes.
 */
public final class ImageArchive implements AutoCloseable {
  private final Path path;
  private final boolean temporary;

  ImageArchive(Path path, boolean temporary) {
    this.path = path;
    this.temporary = temporary;
  }

  public Path path() {
    return path;
  }

  @Override
  public void close() {
    if (temporary) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // The spool lives in the temporary directory; the system cleans it up eventually.
      }
    }
  }
}
