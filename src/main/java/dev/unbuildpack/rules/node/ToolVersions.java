package dev.unbuildpack.rules.node;

import java.util.Optional;
import org.semver4j.RangesList;
import org.semver4j.RangesListFactory;
import org.semver4j.Semver;

/**
 * Resolves a package manager's requested version the way {@code npm install -g TOOL@RANGE} does
 * when the buildpack runs it (npm-pick-manifest): the registry's "latest" when it satisfies the
 * range, else the highest release that does; "latest" or no range means the "latest" tag.
 */
final class ToolVersions {
  private ToolVersions() {}

  /** Empty when no listed release satisfies the range, or the range does not parse. */
  static Optional<String> resolve(ReleaseList list, String requested) {
    String range = requested == null ? "" : requested.strip();
    if (range.isEmpty() || range.equals("latest") || range.equals("*")) {
      return Optional.ofNullable(list.latest());
    }
    RangesList parsed;
    try {
      parsed = RangesListFactory.create(range, false);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    if (list.latest() != null && new Semver(list.latest()).satisfies(parsed)) {
      return Optional.of(list.latest());
    }
    return list.versions().stream().filter(v -> v.satisfies(parsed)).findFirst()
        .map(Semver::getVersion);
  }

  /**
   * Yarn: the "yarn" package when any of its versions satisfies the request, else
   * {@code @yarnpkg/cli-dist} (lib/package_managers/yarn.sh _determine_package_name).
   */
  static Optional<String> resolveYarn(Releases releases, String requested) {
    Optional<String> classic = resolve(releases.of(ReleaseList.Tool.YARN), requested);
    return classic.isPresent() ? classic
        : resolve(releases.of(ReleaseList.Tool.YARN_BERRY), requested);
  }
}
