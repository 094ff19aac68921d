package dev.unbuildpack.rules;

import dev.unbuildpack.model.DebianChoice;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.Ecosystem;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Which Debian release the images are based on (DEBIAN-RELEASE-*): the one the user pinned, else
 * Debian's stable release where the official image publishes the exact runtime version for it,
 * else the newest release that has the version. The system packages take that release's names.
 */
final class DebianReleaseRules {
  private final RuleSet rules;
  private final Function<String, Optional<ImageReleases>> images;

  DebianReleaseRules(RuleSet rules, Function<String, Optional<ImageReleases>> images) {
    this.rules = rules;
    this.images = images;
  }

  void apply(DetectionDraft draft, Optional<DebianRelease> pinned) {
    // The last buildpack's ecosystem: the images' unless the web process runs an earlier one's.
    List<Ecosystem> ecosystems = draft.ecosystems();
    Optional<Ecosystem> primary = ecosystems.isEmpty() ? Optional.empty()
        : Optional.of(ecosystems.get(ecosystems.size() - 1));
    String version = primary.map(e -> e.runtime().version()).orElse(null);
    Optional<ImageReleases> list = primary.flatMap(e -> images.apply(e.id()));
    if (version == null || list.isEmpty()) {
      // Nothing to look up: a pin still holds, else the newest release is the default.
      pinned.ifPresent(release -> choose(draft, release, "DEBIAN-RELEASE-PINNED",
          "pinned with --debian " + release + "."));
      return;
    }
    report(draft, pinned, version, list.get());
  }

  private void report(DetectionDraft draft, Optional<DebianRelease> pinned, String version,
      ImageReleases list) {
    String image = list.image() + ":" + version;
    ImageReleases.Availability available = list.availability(version);
    String listed = available.newestOfLine() == null
        ? image + " is published for "
        : image + " came out after the image list (" + list.cited() + "); the newest "
            + list.lineOf(version) + " release there, " + available.newestOfLine()
            + ", is published for ";
    if (pinned.isPresent()) {
      DebianRelease release = pinned.get();
      choose(draft, release, "DEBIAN-RELEASE-PINNED", "pinned with --debian " + release
          + (available.releases().contains(release) ? "; " + listed + release + "." : "."));
      if (!available.releases().contains(release)) {
        unpublished(draft, image + " is not published for " + release + " (" + list.cited()
            + "), which --debian pins" + publishedFor(available) + ".");
      }
      return;
    }
    List<DebianRelease> newestFirst = available.releases().stream()
        .sorted((a, b) -> b.compareTo(a)).toList();
    if (newestFirst.isEmpty()) {
      DebianRelease oldest = DebianRelease.values()[0];
      choose(draft, oldest, "DEBIAN-RELEASE-UNPUBLISHED", image + " is published for no Debian"
          + " release unbuildpack supports (" + list.cited() + "); the Dockerfile names "
          + oldest + "'s.");
      unpublished(draft, image + " is published for no Debian release unbuildpack supports ("
          + DebianRelease.codenames() + "; " + list.cited() + "), so the base images do not exist.");
      return;
    }
    DebianRelease release = newestFirst.get(0);
    String reason = listed + String.join(" and ", newestFirst.stream().map(String::valueOf)
        .toList()) + (available.newestOfLine() == null ? " (" + list.cited() + ")" : "");
    if (release == DebianRelease.newest()) {
      choose(draft, release, "DEBIAN-RELEASE-STABLE", reason + "; " + release
          + " is Debian's stable release.");
      return;
    }
    Rule older = rules.rule("DEBIAN-RELEASE-OLDSTABLE");
    choose(draft, release, older.id(), reason + ", not for " + DebianRelease.newest()
        + ": the images are based on " + release + ".");
    draft.finding(older, image + " has no " + DebianRelease.newest() + " image (" + list.cited()
        + "), so the images are based on " + release + ", Debian's older release"
        + upgrade(list, version) + ".", null);
  }

  /** Where the newest release's images start: in the version's own line, else at all. */
  private static String upgrade(ImageReleases list, String version) {
    DebianRelease newest = DebianRelease.newest();
    Optional<String> inLine = list.oldestOn(newest, list.lineOf(version));
    if (inLine.isPresent()) {
      return "; " + list.image() + ":" + inLine.get() + " and later " + list.lineOf(version)
          + " releases have " + newest + " images";
    }
    return list.oldestOn(newest, null).map(first -> "; the oldest release with a " + newest
        + " image is " + list.image() + ":" + first).orElse("");
  }

  private void choose(DetectionDraft draft, DebianRelease release, String rule, String reason) {
    draft.debian(new DebianChoice(release, reason, rules.rule(rule).id()));
  }

  private void unpublished(DetectionDraft draft, String message) {
    Rule rule = rules.rule("DEBIAN-RELEASE-UNPUBLISHED");
    draft.finding(rule, message + " " + rule.effect(), null);
  }

  private static String publishedFor(ImageReleases.Availability available) {
    return available.releases().isEmpty() ? ""
        : "; it is published for " + String.join(" and ",
            available.releases().stream().map(String::valueOf).toList());
  }
}
