package dev.unbuildpack.image.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;

/**
 * A read-only window [start, start + size) of a file channel. Reads use positional I/O, so seeking
 * over data the reader does not need costs nothing.
 */
final class SliceChannel implements SeekableByteChannel {
  private final FileChannel file;
  private final long start;
  private final long size;
  private long position;

  SliceChannel(FileChannel file, long start, long size) {
    this.file = file;
    this.start = start;
    this.size = size;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    long left = size - position;
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
  public int write(ByteBuffer src) {
    throw new NonWritableChannelException();
  }

  @Override
  public long position() {
    return position;
  }

  @Override
  public SeekableByteChannel position(long newPosition) {
    if (newPosition < 0) {
      throw new IllegalArgumentException("negative position " + newPosition);
    }
    position = newPosition;
    return this;
  }

  @Override
  public long size() {
    return size;
  }

  @Override
  public SeekableByteChannel truncate(long newSize) {
    throw new NonWritableChannelException();
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
