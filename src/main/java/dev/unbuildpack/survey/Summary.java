package dev.unbuildpack.survey;

import dev.unbuildpack.survey.AppRow.EcosystemRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a portfolio holds, computed from its rows alone (so a merge of shards summarises exactly
 * as one run).
 *
 * @param languages apps per ecosystem id
 * @param runtimeLines apps per runtime release line, newest line first within an ecosystem
 * @param secrets every build secret with the apps whose build needs it: what CI must provide
 * @param systemPackages Debian packages (native libraries and tools) by how many apps need them,
 *     most first
 * @param unencodedBuildpacks buildpacks no rule converts, with the apps that list them
 * @param attention the apps to look at first, most urgent first, each with its reasons
 */
public record Summary(
    Counts apps,
    Map<String, Integer> languages,
    List<RuntimeLine> runtimeLines,
    List<NamedApps> secrets,
    List<NamedCount> systemPackages,
    List<NamedApps> unencodedBuildpacks,
    List<Attention> attention) {

  /**
   * @param total rows
   * @param failed rows with a non-zero exit code
   * @param convertible apps convert would succeed on (or, with convert --each, did)
   * @param endOfLife apps with at least one runtime on an end-of-life line
   */
  public record Counts(int total, int failed, int convertible, int endOfLife) {}

  public record RuntimeLine(String ecosystem, String runtime, String line, int apps,
      boolean endOfLife) {}

  public record NamedApps(String name, List<String> apps) {}

  public record NamedCount(String name, int apps) {}

  /**
   * An app that needs a person before it can move, with why, most urgent reason first: it could
   * not be read, convert would fail, a runtime is past its end of life, a buildpack it lists is
   * not converted.
   */
  public record Attention(String path, List<String> reasons) {
    static List<Attention> rank(List<AppRow> rows) {
      record Ranked(AppRow row, int urgency, List<String> reasons) {}
      List<Ranked> ranked = new ArrayList<>();
      for (AppRow row : rows) {
        List<String> reasons = new ArrayList<>();
        int urgency = Integer.MAX_VALUE;
        if (row.failed() && row.error() != null) {
          reasons.add("could not be read: " + row.error().title());
          urgency = 0;
        } else if (!row.convert().succeeds()) {
          reasons.add("convert fails: " + row.convert().problem());
          urgency = 1;
        }
        for (EcosystemRow eco : row.ecosystems()) {
          if (eco.eol()) {
            reasons.add("end-of-life runtime: " + eco.runtime() + " " + (eco.version() != null
                ? eco.version() : eco.requested() + " (requested)"));
            urgency = Math.min(urgency, 2);
          }
        }
        for (AppRow.BuildpackRow buildpack : row.buildpacks()) {
          if (!buildpack.encoded()) {
            reasons.add("buildpack not converted: " + buildpack.name());
            urgency = Math.min(urgency, 3);
          }
        }
        if (!reasons.isEmpty()) {
          ranked.add(new Ranked(row, urgency, reasons));
        }
      }
      ranked.sort(Comparator.comparingInt(Ranked::urgency)
          .thenComparing(r -> -r.reasons().size())
          .thenComparing(r -> -r.row().findingCounts().warning())
          .thenComparing(r -> r.row().path()));
      return ranked.stream().map(r -> new Attention(r.row().path(), r.reasons())).toList();
    }
  }

  public static Summary of(List<AppRow> rows) {
    Map<String, Integer> languages = new TreeMap<>();
    Map<List<String>, int[]> lines = new TreeMap<>(Summary::compareLines);
    Map<List<String>, Boolean> eolLines = new TreeMap<>(Summary::compareLines);
    Map<String, TreeSet<String>> secrets = new TreeMap<>();
    Map<String, Integer> packages = new TreeMap<>();
    Map<String, TreeSet<String>> unencoded = new TreeMap<>();
    int failed = 0;
    int convertible = 0;
    int endOfLife = 0;
    for (AppRow row : rows) {
      failed += row.failed() ? 1 : 0;
      convertible += row.convert().succeeds() ? 1 : 0;
      endOfLife += row.ecosystems().stream().anyMatch(EcosystemRow::eol) ? 1 : 0;
      for (EcosystemRow eco : new TreeMap<>(byId(row)).values()) {
        languages.merge(eco.id(), 1, Integer::sum);
        if (eco.line() != null) {
          List<String> key = List.of(eco.id(), eco.runtime(), eco.line());
          lines.computeIfAbsent(key, k -> new int[1])[0]++;
          eolLines.merge(key, eco.eol(), Boolean::logicalOr);
        }
      }
      row.buildSecrets().forEach(s -> secrets.computeIfAbsent(s, k -> new TreeSet<>())
          .add(row.path()));
      TreeSet<String> used = new TreeSet<>(row.systemPackages().build());
      used.addAll(row.systemPackages().run());
      used.forEach(p -> packages.merge(p, 1, Integer::sum));
      row.buildpacks().stream().filter(b -> !b.encoded())
          .forEach(b -> unencoded.computeIfAbsent(b.name(), k -> new TreeSet<>())
              .add(row.path()));
    }
    List<RuntimeLine> runtimeLines = new ArrayList<>();
    lines.forEach((key, count) -> runtimeLines.add(new RuntimeLine(key.get(0), key.get(1),
        key.get(2), count[0], eolLines.get(key))));
    List<NamedCount> byUse = new ArrayList<>();
    packages.forEach((name, count) -> byUse.add(new NamedCount(name, count)));
    byUse.sort(Comparator.comparingInt(NamedCount::apps).reversed()
        .thenComparing(NamedCount::name));
    return new Summary(new Counts(rows.size(), failed, convertible, endOfLife), languages,
        runtimeLines, named(secrets), byUse, named(unencoded), Attention.rank(rows));
  }

  /** An ecosystem counts once per app. */
  private static Map<String, EcosystemRow> byId(AppRow row) {
    Map<String, EcosystemRow> byId = new TreeMap<>();
    row.ecosystems().forEach(e -> byId.putIfAbsent(e.id(), e));
    return byId;
  }

  private static List<NamedApps> named(Map<String, TreeSet<String>> byName) {
    List<NamedApps> named = new ArrayList<>();
    byName.forEach((name, apps) -> named.add(new NamedApps(name, List.copyOf(apps))));
    return named;
  }

  /** By ecosystem and runtime name, then the newest line first (numerically: 24 before 8). */
  private static int compareLines(List<String> a, List<String> b) {
    int byName = (a.get(0) + '\0' + a.get(1)).compareTo(b.get(0) + '\0' + b.get(1));
    return byName != 0 ? byName : compareVersions(b.get(2), a.get(2));
  }

  static int compareVersions(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = x[i].matches("[0-9]{1,9}") && y[i].matches("[0-9]{1,9}")
          ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
          : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
