package dev.unbuildpack.image.layer;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * Content of an entry in a compressed layer: the live tar stream. Nothing is copied to disk; a
 * channel reads forward through the stream (see {@link ForwardChannel}).
 */
final class StreamContent implements EntryContent {
  private final InputStream tar;
  private final long size;
  private byte[] head = new byte[0];

  StreamContent(InputStream tar, long size) {
    this.tar = tar;
    this.size = size;
  }

  @Override
  public byte[] head(int n) throws IOException {
    if (head.length < n) {
      byte[] more = tar.readNBytes(n - head.length);
      byte[] joined = Arrays.copyOf(head, head.length + more.length);
      System.arraycopy(more, 0, joined, head.length, more.length);
      head = joined;
    }
    return Arrays.copyOf(head, Math.min(n, head.length));
  }

  @Override
  public InputStream stream() {
    InputStream rest = new FilterInputStream(tar) {
      @Override
      public void close() {
        // The tar stream belongs to the layer; the next entry skips what is left of this one.
      }
    };
    return new SequenceInputStream(new ByteArrayInputStream(head), rest);
  }

  /** Forward reads with a bounded kept prefix; see {@link ForwardChannel}. Nothing is copied out. */
  @Override
  public SeekableByteChannel channel() {
    return new ForwardChannel(stream(), size);
  }
}
