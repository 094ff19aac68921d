package dev.unbuildpack.image.layer;

import dev.unbuildpack.image.source.Blob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/** Content of an entry in an uncompressed layer: read in place, by seeking. */
final class RandomAccessContent implements EntryContent {
  private final TarFile tar;
  private final TarArchiveEntry entry;
  private final Blob data;

  RandomAccessContent(TarFile tar, TarArchiveEntry entry, Blob data) {
    this.tar = tar;
    this.entry = entry;
    this.data = data;
  }

  @Override
  public byte[] head(int n) throws IOException {
    try (InputStream in = stream()) {
      return in.readNBytes(n);
    }
  }

  @Override
  public InputStream stream() throws IOException {
    return tar.getInputStream(entry);
  }

  @Override
  public SeekableByteChannel channel() throws IOException {
    return data.open();
  }
}
