package dev.unbuildpack.rules.node;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.semver4j.RangesList;
import org.semver4j.RangesListFactory;
import org.semver4j.Semver;
import org.semver4j.SemverException;

/**
 * Picks the Node.js version the classic buildpack would install for a requested range, the way
 * its resolve-version tool does (heroku/heroku-buildpack-nodejs resolve-version/src/main.rs):
 * the highest matching version, but a range that reaches above the recommended LTS line is capped
 * at that line's newest matching version unless NODEJS_ALLOW_WIDE_RANGE=true.
 */
public final class VersionResolver {
  private static final Pattern CONTROL =
      Pattern.compile("[\\p{Cntrl}\\u2028\\u2029]");
  private final List<Semver> versions;
  private final int ltsMajor;

  /**
   * @param versions the inventory, newest first: the resolver reads it in that order and stops
   *     at the first match, so it never needs every version parsed
   * @param recommended the recommended LTS range ("24.x"); it fixes the LTS ceiling's major
   */
  public VersionResolver(List<Semver> versions, String recommended) {
    this.versions = versions;
    this.ltsMajor = highest(range(recommended))
        .orElseThrow(() -> new IllegalStateException("no release matches " + recommended))
        .getMajor();
  }

  /**
   * @param version the version picked
   * @param capped true when the LTS ceiling lowered the pick
   * @param wide true when the range admits more than one major line: releases of two majors, or
   *     a release and the first version of the major after the newest (a future deploy's pick)
   */
  public record Resolution(Semver version, boolean capped, boolean wide) {}

  /** Empty when no release matches; a range semver cannot parse matches nothing. */
  public Optional<Resolution> resolve(String requested, boolean allowWideRange) {
    if (CONTROL.matcher(requested).find()) {
      // semver4j reads "22.x\nRUN ..." as 22.x; the buildpack's resolver would match nothing.
      return Optional.empty();
    }
    Predicate<Semver> range = range(normalise(requested));
    Optional<Semver> highest = highest(range);
    if (highest.isEmpty()) {
      return Optional.empty();
    }
    Semver picked = highest.get();
    boolean wide = admittedMajors(range) > 1;
    Optional<Semver> ceiling = allowWideRange ? Optional.empty()
        : versions.stream().filter(v -> v.getMajor() == ltsMajor && range.test(v))
            .findFirst().filter(lts -> picked.isGreaterThan(lts));
    return Optional.of(new Resolution(ceiling.orElse(picked), ceiling.isPresent(), wide));
  }

  /** The major lines the range admits: those of the releases it matches, and the next one. */
  private long admittedMajors(Predicate<Semver> range) {
    Semver nextMajor = Semver.of(versions.get(0).getMajor() + 1, 0, 0);
    return Stream.concat(versions.stream(), Stream.of(nextMajor)).filter(range)
        .map(Semver::getMajor).distinct().limit(2).count();
  }

  public int ltsMajor() {
    return ltsMajor;
  }

  private Optional<Semver> highest(Predicate<Semver> range) {
    return versions.stream().filter(range).findFirst();
  }

  /** "latest" means any version and "~=" means "~" (nodejs-data VersionRange::parse). */
  static String normalise(String requested) {
    String range = requested.strip();
    if (range.equals("latest")) {
      return "*";
    }
    return range.startsWith("~=") ? "~" + range.substring(2) : range;
  }

  /**
   * A range parsed once: {@code Semver.satisfies(String)} parses the range again for every
   * version, hundreds of times per resolution.
   */
  private static Predicate<Semver> range(String range) {
    try {
      RangesList parsed = RangesListFactory.create(range, false);
      return version -> version.satisfies(parsed);
    } catch (SemverException | NumberFormatException e) {
      // A number too large for semver4j's int ("99999999999.x") is as unparseable as a typo.
      return version -> false;
    }
  }
}
