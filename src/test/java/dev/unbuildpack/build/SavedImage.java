package dev.unbuildpack.build;

import com.github.dockerjava.api.DockerClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Searches the bytes of {@code docker save IMAGE}: layers, image config and history. Engine
 * 20.10 saves layers as uncompressed tars, in which every file's content is stored contiguously,
 * so a plain byte search finds any file content in any layer.
 */
final class SavedImage {
  private static final int CHUNK = 1 << 20;

  private SavedImage() {}

  static boolean contains(DockerClient docker, String image, String text) {
    return !found(docker, image, List.of(text)).isEmpty();
  }

  /** Which of the texts (UTF-8) occur anywhere in the saved image. */
  static Set<String> found(DockerClient docker, String image, List<String> texts) {
    try (InputStream saved = docker.saveImageCmd(image).exec()) {
      return found(saved, texts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Streams through {@code in} once, keeping (longest text - 1) bytes between chunks. */
  static Set<String> found(InputStream in, List<String> texts) throws IOException {
    // ISO-8859-1 maps every byte to one char, so String.contains becomes a byte search.
    List<String> wanted = texts.stream()
        .map(t -> new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
        .toList();
    int overlap = wanted.stream().mapToInt(String::length).max().orElse(1) - 1;
    Set<String> found = new LinkedHashSet<>();
    String carry = "";
    byte[] chunk = new byte[CHUNK];
    for (int read = in.readNBytes(chunk, 0, CHUNK); read > 0; read = in.readNBytes(chunk, 0, CHUNK)) {
      String window = carry + new String(chunk, 0, read, StandardCharsets.ISO_8859_1);
      for (int i = 0; i < wanted.size(); i++) {
        if (window.contains(wanted.get(i))) {
          found.add(texts.get(i));
        }
      }
      carry = window.substring(Math.max(0, window.length() - overlap));
    }
    return found;
  }
}
