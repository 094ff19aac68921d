package dev.unbuildpack.image.layer;

import dev.unbuildpack.image.source.ReadOnlyChannel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Random-access reads over a forward-only stream (an entry of a compressed layer), without
 * copying the entry anywhere: bytes are read as the position moves forward, and only a bounded
 * prefix of the entry is kept, so a reader may go back into it (ELF string tables sit near the
 * start, before the dynamic section). A read behind the stream outside that prefix fails with an
 * {@link IOException}; readers treat that as "cannot tell".
 */
final class ForwardChannel extends ReadOnlyChannel {
  /** How much of an entry's start is kept for reading back; bounds memory per open entry. */
  static final int PREFIX = 8 << 20;

  private final InputStream stream;
  private final byte[] skipBuffer = new byte[1 << 16];
  private byte[] prefix = new byte[0];
  private int kept;
  private long streamed;

  ForwardChannel(InputStream stream, long size) {
    super(size);
    this.stream = stream;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (position >= size()) {
      return -1;
    }
    int wanted = (int) Math.min(dst.remaining(), size() - position);
    if (position < kept) {
      // Short reads are allowed: serve what the kept prefix has, the caller asks again.
      wanted = (int) Math.min(wanted, kept - position);
      dst.put(prefix, (int) position, wanted);
    } else if (position >= streamed) {
      advanceTo(position);
      byte[] chunk = stream.readNBytes(wanted);
      keep(chunk, chunk.length);
      streamed += chunk.length;
      dst.put(chunk);
      wanted = chunk.length;
    } else {
      throw new IOException("position " + position + " was passed and is outside the kept "
          + PREFIX + "-byte prefix");
    }
    position += wanted;
    return wanted == 0 ? -1 : wanted;
  }

  /** Reads forward to {@code target}, keeping what falls inside the prefix. */
  private void advanceTo(long target) throws IOException {
    while (streamed < target) {
      int n = stream.read(skipBuffer, 0, (int) Math.min(skipBuffer.length, target - streamed));
      if (n < 0) {
        throw new IOException("entry ended at " + streamed + " before " + target);
      }
      keep(skipBuffer, n);
      streamed += n;
    }
  }

  private void keep(byte[] bytes, int n) {
    if (streamed >= PREFIX || streamed != kept) {
      return;
    }
    int more = (int) Math.min(n, PREFIX - streamed);
    if (kept + more > prefix.length) {
      prefix = Arrays.copyOf(prefix, Math.min(PREFIX, Math.max(kept + more, prefix.length * 2)));
    }
    System.arraycopy(bytes, 0, prefix, kept, more);
    kept += more;
  }

  @Override
  public boolean isOpen() {
    return true;
  }

  @Override
  public void close() {
    prefix = new byte[0];
    kept = 0;
  }
}
