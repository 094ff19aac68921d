package dev.unbuildpack.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Searches byte streams for the values of secrets, in one pass per stream, without keeping more
 * than a search state per value. It is the only holder of secret values; what it returns are the
 * secrets' names.
 */
final class ValueSearch {
  /** Shorter values would match by chance in a filesystem of hundreds of megabytes. */
  static final int MIN_LENGTH = 8;
  private static final int BUFFER = 64 * 1024;

  private final Map<String, byte[]> needles = new TreeMap<>();

  /** @param values secret name to value; values shorter than {@link #MIN_LENGTH} are skipped */
  ValueSearch(Map<String, String> values) {
    values.forEach((name, value) -> {
      if (value != null && value.length() >= MIN_LENGTH) {
        needles.put(name, value.getBytes(StandardCharsets.UTF_8));
      }
    });
  }

  boolean isEmpty() {
    return needles.isEmpty();
  }

  /** Names of the secrets whose value occurs in the stream, sorted. */
  List<String> find(InputStream in) throws IOException {
    Map<String, int[]> failure = new TreeMap<>();
    Map<String, Integer> state = new TreeMap<>();
    needles.forEach((name, needle) -> {
      failure.put(name, failureTable(needle));
      state.put(name, 0);
    });
    List<String> found = new ArrayList<>();
    byte[] buffer = new byte[BUFFER];
    for (int read = in.read(buffer); read >= 0 && found.size() < needles.size(); read = in.read(buffer)) {
      for (Map.Entry<String, byte[]> needle : needles.entrySet()) {
        String name = needle.getKey();
        if (found.contains(name)) {
          continue;
        }
        int matched = advance(needle.getValue(), failure.get(name), state.get(name), buffer, read);
        if (matched == needle.getValue().length) {
          found.add(name);
        }
        state.put(name, matched);
      }
    }
    return found.stream().sorted().toList();
  }

  List<String> find(String text) throws IOException {
    return find(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Knuth-Morris-Pratt over one buffer; returns the matched length (needle length on a hit). */
  private static int advance(byte[] needle, int[] failure, int matched, byte[] buffer, int length) {
    int state = matched;
    for (int i = 0; i < length; i++) {
      while (state > 0 && buffer[i] != needle[state]) {
        state = failure[state - 1];
      }
      if (buffer[i] == needle[state]) {
        state++;
      }
      if (state == needle.length) {
        return state;
      }
    }
    return state;
  }

  private static int[] failureTable(byte[] needle) {
    int[] table = new int[needle.length];
    int k = 0;
    for (int i = 1; i < needle.length; i++) {
      while (k > 0 && needle[i] != needle[k]) {
        k = table[k - 1];
      }
      if (needle[i] == needle[k]) {
        k++;
      }
      table[i] = k;
    }
    return table;
  }
}
