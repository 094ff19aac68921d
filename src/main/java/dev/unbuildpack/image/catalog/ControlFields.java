package dev.unbuildpack.image.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads "Field: value" stanzas separated by blank lines: dpkg's status file, Python's METADATA
 * and PKG-INFO. Keeps only the wanted fields' first lines; continuation lines are skipped.
 */
public final class ControlFields {
  private ControlFields() {}

  /** Every stanza of the stream. */
  public static List<Map<String, String>> stanzas(InputStream in, Set<String> wanted)
      throws IOException {
    return read(in, wanted, Integer.MAX_VALUE);
  }

  /** Only the first stanza, stopping there (METADATA's long description is never read). */
  public static Map<String, String> first(InputStream in, Set<String> wanted) throws IOException {
    List<Map<String, String>> one = read(in, wanted, 1);
    return one.isEmpty() ? Map.of() : one.get(0);
  }

  private static List<Map<String, String>> read(InputStream in, Set<String> wanted, int limit)
      throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    List<Map<String, String>> stanzas = new ArrayList<>();
    Map<String, String> current = new HashMap<>();
    boolean any = false;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      if (line.isBlank()) {
        if (any) {
          stanzas.add(current);
          if (stanzas.size() >= limit) {
            return stanzas;
          }
          current = new HashMap<>();
          any = false;
        }
        continue;
      }
      any = true;
      int colon = line.indexOf(':');
      if (colon > 0 && !Character.isWhitespace(line.charAt(0))) {
        String field = line.substring(0, colon);
        if (wanted.contains(field)) {
          current.putIfAbsent(field, line.substring(colon + 1).trim());
        }
      }
    }
    if (any) {
      stanzas.add(current);
    }
    return stanzas;
  }
}
