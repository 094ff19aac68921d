package dev.unbuildpack.image.source;

import java.time.Duration;

/**
 * Hears how an export from the engine goes ({@code docker save} of a large image takes seconds).
 * Called from the thread doing the export; exports of several images may report at once.
 */
public interface ExportProgress {
  ExportProgress NONE = new ExportProgress() { };

  default void started(String image) {}

  /** {@code bytes} saved so far; called after every chunk. */
  default void copied(String image, long bytes) {}

  default void finished(String image, long bytes, Duration took) {}
}
