package dev.unbuildpack.image.layer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;

/**
 * The content of the entry being visited, valid only during the visit. Use one of the two views,
 * once. Uncompressed layers give both by seeking in the archive. Compressed layers stream: their
 * channel reads forward and can only go back into a bounded prefix of the entry, so readers must
 * visit offsets mostly in increasing order (an {@code IOException} says a position was passed).
 */
public interface EntryContent {
  /**
   * Up to {@code n} first bytes, to recognise a file by its magic number; does not use up either
   * view.
   */
  byte[] head(int n) throws IOException;

  /** The entry's bytes; closing it does not affect the layer. */
  InputStream stream() throws IOException;

  /** Access by position to the entry's bytes; the caller closes it. */
  SeekableByteChannel channel() throws IOException;
}
