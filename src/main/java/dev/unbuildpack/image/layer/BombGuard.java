package dev.unbuildpack.image.layer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts decompressed bytes and fails once a layer expands far beyond its compressed size
 * (a decompression bomb), or beyond {@link Limits#maxLayerSize()} in all, before it can cost
 * minutes of CPU.
 */
final class BombGuard extends FilterInputStream {
  /** Thrown when the ratio is exceeded; the reader names the entry being read. */
  static final class BombException extends IOException {
    BombException(String message) {
      super(message);
    }
  }

  private final LongSupplier compressedRead;
  private final Limits limits;
  private long produced;
  /** Reused by skip(): skipping is how the tar reader passes over every unread entry. */
  private final byte[] scratch = new byte[1 << 16];

  BombGuard(InputStream decompressed, LongSupplier compressedRead, Limits limits) {
    super(decompressed);
    this.compressedRead = compressedRead;
    this.limits = limits;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  /** Skipping must decompress too, so it is counted like reading. */
  @Override
  public long skip(long n) throws IOException {
    long skipped = 0;
    while (skipped < n) {
      int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  private void count(int n) throws BombException {
    produced += n;
    if (produced > limits.maxLayerSize()) {
      throw new BombException("makes the layer decompress to more than " + limits.maxLayerSize()
          + " bytes, the limit for one layer");
    }
    if (produced > limits.bombFloor()
        && produced > Math.max(1, compressedRead.getAsLong()) * limits.maxRatio()) {
      throw new BombException("decompresses to more than " + limits.maxRatio()
          + " times its compressed size (" + produced + " bytes from "
          + compressedRead.getAsLong() + "); this looks like a decompression bomb");
    }
  }
}
