package dev.unbuildpack.image.catalog;

import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import java.io.IOException;

/**
 * Picks files out of the single pass over each layer and reads what a cataloger needs from them
 * (a package database, a manifest, an ELF header), keeping only a small result. Results of files a
 * higher layer deleted or replaced are dropped after the merge.
 *
 * @param <T> what is kept per file
 */
public interface FileReader<T> {
  /** The default {@link #maxSize()}: text read line by line or whole (package databases). */
  long MAX_TEXT = 64L << 20;

  /**
   * The largest entry this reader may be given; a larger wanted entry refuses the image, naming
   * the limit. Readers that read by line or whole keep the default, so that a hostile entry (a
   * line of gigabytes) cannot exhaust memory; readers that seek or stream (ELF, jars) raise it.
   */
  default long maxSize() {
    return MAX_TEXT;
  }

  /** Whether this entry is wanted; called for every entry, so it must be cheap. */
  boolean wants(LayerEntry entry);

  /** Reads the entry; null when there is nothing to keep. Only regular files are offered. */
  T read(LayerEntry entry, EntryContent content) throws IOException;
}
