package dev.unbuildpack.image.source;

import java.nio.file.Path;

/**
 * An image ready to be read: its manifest, plus the spool file to delete afterwards when it came
 * from the engine.
 */
public final class OpenImage implements AutoCloseable {
  private final ImageManifest manifest;
  private final ImageArchive spool;

  OpenImage(ImageManifest manifest, Path spool) {
    this.manifest = manifest;
    this.spool = spool == null ? null : new ImageArchive(spool, true);
  }

  public ImageManifest manifest() {
    return manifest;
  }

  @Override
  public void close() {
    if (spool != null) {
      spool.close();
    }
  }
}
