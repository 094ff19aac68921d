package dev.unbuildpack.rules.ruby;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A RubyGems version ("1.16.6", "7.1.0.rc1"), compared as Gem::Version does: segments split on
 * '.' (and where digits meet letters), numbers compared as numbers, a segment with letters makes
 * a pre-release that sorts before the release, and a missing segment counts as zero (1.0 = 1).
 */
public record GemVersion(List<Object> segments, String text) implements Comparable<GemVersion> {
  private static final Pattern FORM =
      Pattern.compile("[0-9]+(\\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?");
  private static final Pattern PART = Pattern.compile("[0-9]+|[a-zA-Z]+");

  public GemVersion {
    segments = List.copyOf(segments);
  }

  public static Optional<GemVersion> parse(String text) {
    String version = text.strip();
    if (!FORM.matcher(version).matches()) {
      return Optional.empty();
    }
    List<Object> parts = new ArrayList<>();
    var m = PART.matcher(version.replace("-", ".pre."));
    while (m.find()) {
      String part = m.group();
      if (Character.isDigit(part.charAt(0))) {
        // Versions are short; a huge number is compared as text of equal-length digits.
        parts.add(part.length() > 18 ? Long.MAX_VALUE : Long.parseLong(part));
      } else {
        parts.add(part);
      }
    }
    return Optional.of(new GemVersion(parts, version));
  }

  public boolean prerelease() {
    return segments.stream().anyMatch(s -> s instanceof String);
  }

  /** The first n numeric segments ("3.3.5" → 3.3 for n = 2), for release lines. */
  public long segment(int index) {
    return index < segments.size() && segments.get(index) instanceof Long n ? n : 0L;
  }

  @Override
  public int compareTo(GemVersion other) {
    int size = Math.max(segments.size(), other.segments.size());
    for (int i = 0; i < size; i++) {
      Object a = i < segments.size() ? segments.get(i) : 0L;
      Object b = i < other.segments.size() ? other.segments.get(i) : 0L;
      int cmp;
      if (a instanceof Long x && b instanceof Long y) {
        cmp = Long.compare(x, y);
      } else if (a instanceof String x && b instanceof String y) {
        cmp = x.compareTo(y);
      } else {
        cmp = a instanceof String ? -1 : 1; // a pre-release sorts before a number
      }
      if (cmp != 0) {
        return cmp;
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
