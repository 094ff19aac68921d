package dev.unbuildpack.image.runtime;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file that states a runtime's exact version, and where in an install it sits. The install
 * prefix is the file's path with {@code suffix} removed; {@code binaries} (relative to the prefix)
 * confirm that a runtime, not just its headers, is installed there.
 */
enum VersionFile {
  NODE("node", "/node_version.h", Pattern.compile(".*/include/node/node_version\\.h"),
      "/include/node/node_version.h", List.of("bin/node")),
  PYTHON("python", "/patchlevel.h", Pattern.compile(".*/include/python3\\.[0-9]+/patchlevel\\.h"),
      null, List.of("bin/python3", "bin/python")),
  RUBY("ruby", "/rbconfig.rb", Pattern.compile(".*/rbconfig\\.rb"), null, List.of("bin/ruby")),
  JAVA("java", "/release", Pattern.compile(".*/release"), "/release", List.of("bin/java")),
  GO("go", "/VERSION", Pattern.compile(".*/VERSION"), "/VERSION", List.of("bin/go")),
  PHP("php", "/php_version.h", Pattern.compile(".*/include/php/main/php_version\\.h"),
      "/include/php/main/php_version.h", List.of("bin/php"));

  private static final Pattern NODE_PART =
      Pattern.compile("#define NODE_(MAJOR|MINOR|PATCH)_VERSION (\\d+)");
  private static final Pattern PY_VERSION = Pattern.compile("#define PY_VERSION\\s+\"([^\"]+)\"");
  private static final Pattern RUBY_VERSION =
      Pattern.compile("CONFIG\\[\"RUBY_PROGRAM_VERSION\"\\] = \"([^\"]+)\"");
  private static final Pattern JAVA_VERSION = Pattern.compile("(?m)^JAVA_VERSION=\"([^\"]+)\"");
  private static final Pattern GO_VERSION = Pattern.compile("^go(1\\.[0-9][^\\s]*)");
  private static final Pattern PHP_VERSION = Pattern.compile("#define PHP_VERSION \"([^\"]+)\"");

  /** Every version file, without the copy values() makes on each call. */
  static final List<VersionFile> ALL = List.of(values());

  final String runtime;
  /** How every matching path ends: a cheap test that spares the regex for almost every path. */
  private final String ending;
  private final Pattern path;
  private final String suffix;
  final List<String> binaries;

  VersionFile(String runtime, String ending, Pattern path, String suffix, List<String> binaries) {
    this.runtime = runtime;
    this.ending = ending;
    this.path = path;
    this.suffix = suffix;
    this.binaries = binaries;
  }

  boolean matches(String filePath) {
    return filePath.endsWith(ending) && path.matcher(filePath).matches();
  }

  /** The install prefix for a matching file path ("usr" for usr/include/python3.11/...). */
  String prefix(String filePath) {
    if (suffix != null) {
      return filePath.substring(0, filePath.length() - suffix.length());
    }
    int cut = filePath.indexOf(this == PYTHON ? "/include/" : "/lib/");
    return cut < 0 ? "" : filePath.substring(0, cut);
  }

  /** The version stated in the file's text, or null. */
  String version(String text) {
    switch (this) {
      case NODE -> {
        Matcher m = NODE_PART.matcher(text);
        String[] parts = new String[3];
        while (m.find()) {
          parts[switch (m.group(1)) {
            case "MAJOR" -> 0;
            case "MINOR" -> 1;
            default -> 2;
          }] = m.group(2);
        }
        return parts[0] == null || parts[1] == null || parts[2] == null
            ? null : String.join(".", parts);
      }
      case PYTHON -> {
        return first(PY_VERSION, text);
      }
      case RUBY -> {
        return first(RUBY_VERSION, text);
      }
      case JAVA -> {
        return first(JAVA_VERSION, text);
      }
      case GO -> {
        return first(GO_VERSION, text);
      }
      default -> {
        return first(PHP_VERSION, text);
      }
    }
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }
}
