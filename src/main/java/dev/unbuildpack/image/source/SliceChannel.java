package dev.unbuildpack.image.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * A read-only window [start, start + size) of a file channel. Reads use positional I/O, so seeking
 * over data the reader does not need costs nothing.
 */
final class SliceChannel extends ReadOnlyChannel {
  private final FileChannel file;
  private final long start;
  SliceChannel(FileChannel file, long start, long size) {
    super(size);
    this.file = file;
    this.start = start;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    long left = size() - position;
    if (left <= 0) {
      return -1;
    }
    ByteBuffer window = dst;
    if (dst.remaining() > left) {
      window = dst.slice().limit((int) left);
    }
    int read = file.read(window, start + position);
    if (read > 0) {
      if (window != dst) {
        dst.position(dst.position() + read);
      }
      position += read;
    }
    return read;
  }

  @Override
  public boolean isOpen() {
    return file.isOpen();
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
