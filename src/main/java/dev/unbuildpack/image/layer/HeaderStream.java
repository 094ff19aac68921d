package dev.unbuildpack.image.layer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * A stream over a seekable channel that knows its position and skips by seeking: the tar reader
 * reads the 512-byte headers through it and skips entry data without reading it, so walking an
 * uncompressed layer costs its headers only, and the entries are met one at a time rather than
 * listed up front.
 */
final class HeaderStream extends InputStream {
  /** Headers sit next to each other when entries are small, so a window of them is read at once. */
  private static final int WINDOW = 64 << 10;

  private final SeekableByteChannel channel;
  private final ByteBuffer window = ByteBuffer.allocate(WINDOW).limit(0);
  /** Where in the channel the window starts. */
  private long windowStart;

  HeaderStream(SeekableByteChannel channel) throws IOException {
    this.channel = channel;
    this.windowStart = channel.position();
  }

  /** Where the next byte read comes from. */
  long position() {
    return windowStart + window.position();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    if (!window.hasRemaining() && !fill()) {
      return -1;
    }
    int n = Math.min(length, window.remaining());
    window.get(buffer, offset, n);
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = Math.max(0, Math.min(n, channel.size() - position()));
    if (skipped <= window.remaining()) {
      window.position(window.position() + (int) skipped);
    } else {
      windowStart = position() + skipped;
      window.clear().limit(0);
    }
    return skipped;
  }

  /** Reads the next window at the current position; false at the end of the channel. */
  private boolean fill() throws IOException {
    windowStart = position();
    window.clear();
    channel.position(windowStart);
    int n = channel.read(window);
    window.flip();
    return n > 0;
  }
}
