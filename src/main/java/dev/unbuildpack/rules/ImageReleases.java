package dev.unbuildpack.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.model.DebianRelease;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Debian releases an ecosystem's official image is published for, per exact runtime version
 * ({@code rules/<eco>/data/image-releases.toml}, copied from docker-library/official-images).
 *
 * @param image the official image's name ("node")
 * @param line how versions group into release lines, whose newest listed version stands for the
 *     versions that came out after the list: "major" (Node.js 24) or "minor" (Python 3.12)
 * @param date when the list was copied
 * @param source where it was copied from
 * @param release the versions each supported release is published with
 */
public record ImageReleases(String image, String line, String date, RuleSource source,
    List<Published> release) {
  public ImageReleases {
    release = List.copyOf(release);
  }

  /** @param name the release's code name; @param versions newest first */
  public record Published(String name, List<String> versions) {
    public Published {
      versions = List.copyOf(versions);
    }
  }

  /**
   * The supported releases a version's image is published for.
   *
   * @param releases oldest first; empty when none is
   * @param newestOfLine when the version came out after the list: its line's newest listed
   *     version, whose releases {@code releases} are; null when the list names the version
   */
  public record Availability(Set<DebianRelease> releases, String newestOfLine) {}

  /** The data file of an ecosystem, when it has one. */
  public static Optional<ImageReleases> of(String ecosystem) {
    String file = ecosystem + "/data/image-releases.toml";
    if (!RuleData.exists(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(RuleData.read(file, ImageReleases.class));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid rules/" + file + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The releases the exact version's image is published for. */
  public Availability availability(String version) {
    Set<DebianRelease> listed = releasesOf(version);
    if (!listed.isEmpty()) {
      return new Availability(listed, null);
    }
    Optional<String> newest = newestOfLine(version);
    if (newest.isPresent() && compare(version, newest.get()) > 0) {
      return new Availability(releasesOf(newest.get()), newest.get());
    }
    return new Availability(EnumSet.noneOf(DebianRelease.class), null);
  }

  /** The oldest release line published for a release ("20" for node on trixie). */
  public Optional<String> oldestLineOn(DebianRelease debian) {
    return release.stream().filter(p -> p.name().equals(debian.codename()))
        .flatMap(p -> p.versions().stream()).min(ImageReleases::compare).map(this::lineOf);
  }

  /** "official-images library/node, 2026-08-21". */
  public String cited() {
    return "official-images " + source.path() + ", " + date;
  }

  private Set<DebianRelease> releasesOf(String version) {
    Set<DebianRelease> found = EnumSet.noneOf(DebianRelease.class);
    for (Published published : release) {
      if (published.versions().contains(version)) {
        DebianRelease.named(published.name()).ifPresent(found::add);
      }
    }
    return found;
  }

  private Optional<String> newestOfLine(String version) {
    String line = lineOf(version);
    return release.stream().flatMap(p -> p.versions().stream())
        .filter(v -> lineOf(v).equals(line)).max(ImageReleases::compare);
  }

  /** "24" of "24.19.0" for major lines, "3.12" of "3.12.7" for minor ones. */
  String lineOf(String version) {
    String[] parts = version.split("\\.");
    int length = "minor".equals(line) ? 2 : 1;
    return parts.length < length ? version : String.join(".", List.of(parts).subList(0, length));
  }

  /** Dotted numbers compared part by part; a part that is no number sorts first. */
  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Long.compare(number(x, i), number(y, i));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  private static long number(String[] parts, int i) {
    if (i >= parts.length || !parts[i].matches("[0-9]{1,18}")) {
      return -1;
    }
    return Long.parseLong(parts[i]);
  }
}
