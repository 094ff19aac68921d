package dev.unbuildpack.image.layer;

import dev.unbuildpack.image.source.Blob;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;

/** Content of an entry in an uncompressed layer: read in place, by seeking. */
final class RandomAccessContent implements EntryContent {
  private final Blob data;

  RandomAccessContent(Blob data) {
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
    return Channels.newInputStream(data.open());
  }

  @Override
  public SeekableByteChannel channel() throws IOException {
    return data.open();
  }
}
