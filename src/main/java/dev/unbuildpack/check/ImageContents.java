package dev.unbuildpack.check;

import java.io.IOException;
import java.io.InputStream;

/**
 * What the image scan reads from a built image: its configuration JSON (history included) and
 * every regular file of every layer. The cli adapts the image readers to it, so the check stage
 * stays independent of where the image comes from.
 */
public interface ImageContents {
  /** The image as the user named it. */
  String name();

  /** The raw image configuration JSON. */
  byte[] configJson();

  /** Calls the visitor for every regular file of every layer, bottom layer first. */
  void visitFiles(FileVisitor visitor);

  /** Receives one file; {@code content} is valid only during the call. */
  @FunctionalInterface
  interface FileVisitor {
    /**
     * @param layer how messages name the layer ("layer 2 (sha256:ab12cd34ef56)")
     * @param path the file's path in the image, without a leading '/'
     */
    void visit(String layer, String path, InputStream content) throws IOException;
  }
}
