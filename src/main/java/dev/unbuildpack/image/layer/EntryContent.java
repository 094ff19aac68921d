package dev.unbuildpack.image.layer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;

/**
 * The content of the entry being visited, valid only during the visit. Use one of the two views,
 * once. Uncompressed layers give both by seeking in the archive; compressed layers stream, so a
 * channel there is a temporary copy (use it only for files that need random access, like ELF).
 */
public interface EntryContent {
  /**
   * Up to {@code n} first bytes, to recognise a file by its magic number; does not use up either
   * view.
   */
  byte[] head(int n) throws IOException;

  /** The entry's bytes; closing it does not affect the layer. */
  InputStream stream() throws IOException;

  /** Random access to the entry's bytes; the caller closes it. */
  SeekableByteChannel channel() throws IOException;
}
