package dev.unbuildpack.image.layer;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Content of an entry in a compressed layer: the live tar stream. A channel copies the entry to a
 * temporary file that is deleted when the channel closes, so memory stays flat whatever its size.
 */
final class StreamContent implements EntryContent {
  private final InputStream tar;
  private byte[] head = new byte[0];

  StreamContent(InputStream tar) {
    this.tar = tar;
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

  @Override
  public SeekableByteChannel channel() throws IOException {
    Path spool = Files.createTempFile("unbuildpack-entry-", ".bin");
    try {
      Files.copy(stream(), spool, StandardCopyOption.REPLACE_EXISTING);
      return FileChannel.open(spool, StandardOpenOption.READ, StandardOpenOption.DELETE_ON_CLOSE);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(spool);
      throw e;
    }
  }
}
