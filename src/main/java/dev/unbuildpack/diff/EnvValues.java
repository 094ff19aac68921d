package dev.unbuildpack.diff;

import dev.unbuildpack.common.SecretMask;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Environment entries ("NAME=value") as a sorted map, with secret-looking values replaced by
 * their fingerprint: an image's env often carries tokens and database URLs, and a diff report is
 * pasted into pull requests. The fingerprint still shows whether a value changed.
 */
final class EnvValues {
  private EnvValues() {}

  static SortedMap<String, String> parse(List<String> entries) {
    SortedMap<String, String> env = new TreeMap<>();
    if (entries == null) {
      return env;
    }
    for (String entry : entries) {
      int equals = entry.indexOf('=');
      String name = equals < 0 ? entry : entry.substring(0, equals);
      String value = equals < 0 ? "" : entry.substring(equals + 1);
      env.put(name, SecretMask.displayed(name, value));
    }
    return env;
  }
}
