package dev.unbuildpack.rules.node;

import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;
import org.semver4j.SemverException;

/**
 * Picks the Node.js version the classic buildpack would install for a requested range, the way
 * its resolve-version tool does (heroku/heroku-buildpack-nodejs resolve-version/src/main.rs):
 * the highest matching version, but a range that reaches above the recommended LTS line is capped
 * at that line's newest matching version unless NODEJS_ALLOW_WIDE_RANGE=true.
 */
public final class VersionResolver {
  private final List<Semver> versions;
  private final int ltsMajor;

  /**
   * @param versions the inventory, any order
   * @param recommended the recommended LTS range ("24.x"); it fixes the LTS ceiling's major
   */
  public VersionResolver(List<Semver> versions, String recommended) {
    this.versions = versions.stream().sorted(java.util.Comparator.reverseOrder()).toList();
    this.ltsMajor = highest(recommended)
        .orElseThrow(() -> new IllegalStateException("no release matches " + recommended))
        .getMajor();
  }

  /**
   * @param version the version picked
   * @param capped true when the LTS ceiling lowered the pick
   * @param wide true when the range also admits the majors next to the one picked
   */
  public record Resolution(Semver version, boolean capped, boolean wide) {}

  /** Empty when no release matches; a range semver cannot parse matches nothing. */
  public Optional<Resolution> resolve(String requested, boolean allowWideRange) {
    String range = normalise(requested);
    Optional<Semver> highest = highest(range);
    if (highest.isEmpty()) {
      return Optional.empty();
    }
    Semver picked = highest.get();
    boolean wide = satisfies(Semver.of(picked.getMajor() + 1, 0, 0), range)
        || picked.getMajor() > 0 && satisfies(Semver.of(picked.getMajor() - 1, 0, 0), range);
    Optional<Semver> ceiling = allowWideRange ? Optional.empty()
        : versions.stream().filter(v -> v.getMajor() == ltsMajor && satisfies(v, range))
            .findFirst().filter(lts -> picked.isGreaterThan(lts));
    return Optional.of(new Resolution(ceiling.orElse(picked), ceiling.isPresent(), wide));
  }

  public int ltsMajor() {
    return ltsMajor;
  }

  private Optional<Semver> highest(String range) {
    return versions.stream().filter(v -> satisfies(v, range)).findFirst();
  }

  /** "latest" means any version and "~=" means "~" (nodejs-data VersionRange::parse). */
  static String normalise(String requested) {
    String range = requested.strip();
    if (range.equals("latest")) {
      return "*";
    }
    return range.startsWith("~=") ? "~" + range.substring(2) : range;
  }

  private static boolean satisfies(Semver version, String range) {
    try {
      return version.satisfies(range);
    } catch (SemverException e) {
      return false;
    }
  }
}
