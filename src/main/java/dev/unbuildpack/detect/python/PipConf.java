package dev.unbuildpack.detect.python;

import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * pip configuration files committed with the app. On Heroku HOME is the app folder, so pip reads
 * {@code .config/pip/pip.conf} and {@code .pip/pip.conf} of the app as the user's configuration
 * (pip's "Configuration" documentation, per-user files); a top-level {@code pip.conf} is read only
 * when PIP_CONFIG_FILE names it. Their index settings are sources like requirements options.
 */
final class PipConf {
  /** The files pip reads on Heroku (HOME=/app), and the top-level one it does not. */
  static final List<String> FILES = List.of(".config/pip/pip.conf", ".pip/pip.conf", "pip.conf");
  private static final Set<String> KEYS = Set.of("index-url", "extra-index-url", "find-links");

  private PipConf() {}

  static List<PackageSource> read(Function<String, Optional<String>> files) {
    List<PackageSource> sources = new ArrayList<>();
    for (String file : FILES) {
      files.apply(file).ifPresent(text -> read(file, text, sources));
    }
    return sources;
  }

  /** INI lines "key = value", a value continuing on indented lines (extra-index-url lists). */
  static void read(String file, String text, List<PackageSource> sources) {
    String[] lines = text.split("\r?\n|\r", -1);
    String key = null;
    for (int i = 0; i < lines.length; i++) {
      String raw = lines[i];
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        key = null;
        continue;
      }
      String value;
      if (Character.isWhitespace(raw.charAt(0)) && key != null) {
        value = line; // a continuation of the key above
      } else {
        int separator = indexOfSeparator(line);
        if (separator < 0) {
          key = null;
          continue;
        }
        key = line.substring(0, separator).strip().toLowerCase(java.util.Locale.ROOT);
        value = line.substring(separator + 1).strip();
      }
      if (KEYS.contains(key)) {
        for (String url : value.split("\\s+")) {
          if (!url.isEmpty()) {
            sources.add(new PackageSource(PackageSource.Kind.PIP_CONF, key, url, false,
                Location.of(file, i + 1)));
          }
        }
      }
    }
  }

  private static int indexOfSeparator(String line) {
    int equals = line.indexOf('=');
    int colon = line.indexOf(':');
    // "index-url: https://..." uses ':' as INI allows; the URL's own ':' comes later.
    return equals < 0 ? colon : colon < 0 ? equals : Math.min(equals, colon);
  }
}
