package dev.unbuildpack.rules.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.rules.RuleSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.semver4j.Semver;

/**
 * Turns an npm registry document (GET https://registry.npmjs.org/PACKAGE) into a release list:
 * the released versions (no pre-releases, which neither the buildpack nor npm install for a
 * plain range), grouped by major, newest first, with the "latest" tag.
 */
public final class RegistryReleases {
  public static final String REGISTRY = "https://registry.npmjs.org/";
  private static final Pattern RELEASE = Pattern.compile("\\d+\\.\\d+\\.\\d+");

  private RegistryReleases() {}

  /**
   * @param document the registry's JSON document for the tool's package
   * @param previous the list in use: its LTS codenames are kept and, for Node.js, its versions
   *     (the registry's mirror starts later than the buildpack's inventory); the registry lists
   *     every npm, Yarn and pnpm release itself
   */
  public static ReleaseList from(ReleaseList.Tool tool, JsonNode document, ReleaseList previous,
      LocalDate today) {
    TreeSet<Semver> versions = new TreeSet<>(Comparator.reverseOrder());
    document.path("versions").fieldNames().forEachRemaining(v -> {
      if (RELEASE.matcher(v).matches()) {
        versions.add(new Semver(v));
      }
    });
    if (previous != null && tool == ReleaseList.Tool.NODE) {
      previous.line().forEach(l -> l.versions().forEach(v -> versions.add(new Semver(v))));
    }
    Map<String, String> lts = new HashMap<>();
    if (previous != null) {
      previous.line().forEach(l -> lts.put(l.major(), l.lts()));
    }
    Map<String, List<String>> byMajor = new LinkedHashMap<>();
    for (Semver version : versions) {
      byMajor.computeIfAbsent(ReleaseList.lineOf(version), k -> new ArrayList<>())
          .add(version.getVersion());
    }
    List<ReleaseList.Line> lines = new ArrayList<>();
    byMajor.forEach((major, list) -> lines.add(new ReleaseList.Line(major, lts.get(major), list)));
    String latest = document.path("dist-tags").path("latest").asText(null);
    String date = today.toString();
    RuleSource source = new RuleSource(null, null, REGISTRY + tool.registryPackage(), null,
        latest == null ? tool.registryPackage() : tool.registryPackage() + "@" + latest, date);
    // Node.js is chosen from the inventory by range alone: its mirror's tag plays no part.
    return new ReleaseList(date, source, tool == ReleaseList.Tool.NODE ? null : latest, lines);
  }
}
