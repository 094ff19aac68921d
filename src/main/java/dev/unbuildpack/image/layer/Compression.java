package dev.unbuildpack.image.layer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/** How a layer blob is compressed, told by its first bytes (media types are not always right). */
enum Compression {
  NONE,
  GZIP,
  ZSTD;

  static Compression sniff(SeekableByteChannel channel) throws IOException {
    ByteBuffer magic = ByteBuffer.allocate(4);
    channel.position(0);
    while (magic.hasRemaining() && channel.read(magic) > 0) {
      // fill up to 4 bytes
    }
    channel.position(0);
    byte[] b = magic.array();
    if (magic.position() >= 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b) {
      return GZIP;
    }
    if (magic.position() == 4 && (b[0] & 0xff) == 0x28 && (b[1] & 0xff) == 0xb5
        && (b[2] & 0xff) == 0x2f && (b[3] & 0xff) == 0xfd) {
      return ZSTD;
    }
    return NONE;
  }
}
