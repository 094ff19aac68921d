package dev.unbuildpack.rules.go;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Go release number as the buildpack and the go command compare them: major.minor[.patch],
 * "go" prefix optional; a missing patch is 0 when compared (go1.25 is go1.25.0's language
 * version). Pre-releases (1.26rc1) and devel builds do not parse: the buildpack knows none.
 *
 * @param hasPatch false for a major version ("1.25"), which the buildpack expands
 */
record GoVersion(int major, int minor, int patch, boolean hasPatch)
    implements Comparable<GoVersion> {
  private static final Pattern FORM = Pattern.compile(
      "(?:go)?([1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})(?:\\.(0|[1-9][0-9]{0,3}))?");

  static Optional<GoVersion> parse(String text) {
    Matcher match = FORM.matcher(text);
    if (!match.matches()) {
      return Optional.empty();
    }
    boolean patch = match.group(3) != null;
    return Optional.of(new GoVersion(Integer.parseInt(match.group(1)),
        Integer.parseInt(match.group(2)), patch ? Integer.parseInt(match.group(3)) : 0, patch));
  }

  String minorLine() {
    return major + "." + minor;
  }

  /** The exact release, as the golang image tags it ("1.25.0"). */
  String exact() {
    return major + "." + minor + "." + patch;
  }

  @Override
  public int compareTo(GoVersion other) {
    int byMajor = Integer.compare(major, other.major);
    if (byMajor != 0) {
      return byMajor;
    }
    int byMinor = Integer.compare(minor, other.minor);
    return byMinor != 0 ? byMinor : Integer.compare(patch, other.patch);
  }
}
