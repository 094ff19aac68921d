package dev.unbuildpack.image.source;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A byte range of a file on disk: a whole OCI blob, or one member of a {@code docker save} tar.
 * Opening it gives random access, so uncompressed layers can be read without copying them out.
 *
 * @param name how the image names it ("blobs/sha256/ab12…", "70e0…/layer.tar"), for messages
 * @param file the file holding it
 * @param offset where its bytes start in {@code file}
 * @param size how many bytes it has
 */
public record Blob(String name, Path file, long offset, long size) {
  public Blob {
    if (offset < 0 || size < 0) {
      throw new IllegalArgumentException("negative blob range " + offset + "+" + size);
    }
  }

  /** A read-only channel positioned at the blob's first byte; the caller closes it. */
  public SeekableByteChannel open() throws IOException {
    return new SliceChannel(FileChannel.open(file, StandardOpenOption.READ), offset, size);
  }
}
