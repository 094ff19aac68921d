package dev.unbuildpack.build;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Searches the bytes of {@code docker save IMAGE}: layers, image config and history. Engine
 * 20.10 saves layers as uncompressed tars, in which every file's content is stored contiguously,
 * so a plain byte search finds any file content in any layer.
 */
final class SavedImage {
  private static final int CHUNK = 1 << 20;

  private SavedImage() {}

  static boolean contains(DockerClient docker, String image, String text) {
    return contains(docker, image, text.getBytes(StandardCharsets.UTF_8));
  }

  static boolean contains(DockerClient docker, String image, byte[] needle) {
    try (InputStream saved = docker.saveImageCmd(image).exec()) {
      return contains(saved, needle);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Streams through {@code in}, keeping needle-1 bytes of overlap between chunks. */
  static boolean contains(InputStream in, byte[] needle) throws IOException {
    // ISO-8859-1 maps every byte to one char, so String.indexOf is a byte search.
    String wanted = new String(needle, StandardCharsets.ISO_8859_1);
    String carry = "";
    byte[] chunk = new byte[CHUNK];
    for (int read = in.readNBytes(chunk, 0, CHUNK); read > 0; read = in.readNBytes(chunk, 0, CHUNK)) {
      String window = carry + new String(chunk, 0, read, StandardCharsets.ISO_8859_1);
      if (window.contains(wanted)) {
        return true;
      }
      carry = window.substring(Math.max(0, window.length() - (wanted.length() - 1)));
    }
    return false;
  }
}
