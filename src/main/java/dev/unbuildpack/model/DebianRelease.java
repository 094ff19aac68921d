package dev.unbuildpack.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Debian releases an image can be based on, oldest first. A rule that names system packages
 * names them for each of these (they differ where a release renamed a library).
 */
public enum DebianRelease {
  BOOKWORM("12"),
  TRIXIE("13");

  private final String version;

  DebianRelease(String version) {
    this.version = version;
  }

  /** The code name, as image tags and rule files spell it: "trixie". */
  @JsonValue
  public String codename() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** "13". */
  public String version() {
    return version;
  }

  /** Debian's stable release, the one images are based on when nothing says otherwise. */
  public static DebianRelease newest() {
    return values()[values().length - 1];
  }

  /** Every supported release's code name, oldest first: "bookworm, trixie". */
  public static String codenames() {
    return String.join(", ", Arrays.stream(values()).map(DebianRelease::codename).toList());
  }

  /** The release of a code name ("trixie"); empty for one unbuildpack does not support. */
  public static Optional<DebianRelease> named(String codename) {
    for (DebianRelease release : values()) {
      if (release.codename().equals(codename)) {
        return Optional.of(release);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return codename();
  }
}
