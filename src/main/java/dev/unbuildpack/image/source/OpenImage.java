package dev.unbuildpack.image.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image ready to be read: its manifest, plus the spool file to delete afterwards when it came
 * from the engine.
 */
public final class OpenImage implements AutoCloseable {
  private final ImageManifest manifest;
  private final Path spool;

  OpenImage(ImageManifest manifest, Path spool) {
    this.manifest = manifest;
    this.spool = spool;
  }

  public ImageManifest manifest() {
    return manifest;
  }

  @Override
  public void close() {
    if (spool != null) {
      try {
        Files.deleteIfExists(spool);
      } catch (IOException ignored) {
        // The spool lives in the temporary directory; the system cleans it up eventually.
      }
    }
  }
}
