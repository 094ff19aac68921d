package dev.unbuildpack.check;

import dev.unbuildpack.common.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning tools (GitHub's upload-sarif among them): the check rules as the
 * driver's rules, one result per finding with its location and related locations. URIs are
 * relative to the repository root (%SRCROOT%), so the file carries no absolute path.
 */
final class SarifFormat {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final String SRCROOT = "%SRCROOT%";

  private SarifFormat() {}

  static String render(CheckReport report, CheckRules rules, String toolVersion, String pathPrefix) {
    List<CheckRule> ruleList = rules.all();
    List<Object> results = new ArrayList<>();
    for (CheckFinding finding : report.findings()) {
      results.add(result(finding, ruleList, pathPrefix));
    }
    Map<String, Object> driver = map(
        "name", "unbuildpack",
        "version", toolVersion,
        "rules", ruleList.stream().map(SarifFormat::rule).toList());
    Map<String, Object> run = map(
        "tool", map("driver", driver),
        "columnKind", "utf16CodeUnits",
        "results", results);
    return Json.write(map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run)));
  }

  private static Map<String, Object> rule(CheckRule rule) {
    Map<String, Object> descriptor = map(
        "id", rule.id(),
        "name", pascalCase(rule.name()),
        "shortDescription", map("text", rule.title()),
        "fullDescription", map("text", rule.summary()),
        "help", map("text", rule.summary() + " " + unwrapped(rule.help())),
        "defaultConfiguration", map("level", level(rule)),
        "properties", map("tags", List.of("security", "secrets", "dockerfile"),
            "precision", "high"));
    String doc = rule.source().doc();
    if (doc != null) {
      descriptor.put("helpUri", doc);
    }
    return descriptor;
  }

  private static Map<String, Object> result(CheckFinding finding, List<CheckRule> rules,
      String pathPrefix) {
    int index = rules.stream().map(CheckRule::id).toList().indexOf(finding.rule());
    Map<String, Object> result = map(
        "ruleId", finding.rule(),
        "ruleIndex", index,
        "level", level(rules.get(index)),
        "message", map("text", finding.message() + " Fix: " + finding.fix()),
        "locations", List.of(map("physicalLocation",
            physical(new CheckFinding.Place(finding.file(), finding.line()), pathPrefix))),
        "partialFingerprints", map("unbuildpackFinding/v1", fingerprint(finding)));
    if (!finding.related().isEmpty()) {
      List<Object> related = new ArrayList<>();
      for (int i = 0; i < finding.related().size(); i++) {
        CheckFinding.Place place = finding.related().get(i);
        related.add(map("id", i + 1, "physicalLocation", physical(place, pathPrefix),
            "message", map("text", "needed here")));
      }
      result.put("relatedLocations", related);
    }
    return result;
  }

  private static Map<String, Object> physical(CheckFinding.Place place, String pathPrefix) {
    Map<String, Object> location = map("artifactLocation",
        map("uri", pathPrefix + place.file(), "uriBaseId", SRCROOT));
    if (place.line() != null) {
      location.put("region", map("startLine", place.line()));
    }
    return location;
  }

  private static String level(CheckRule rule) {
    return switch (rule.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** Stable across line moves: the finding's identity, which leaves lines out, hashed. */
  private static String fingerprint(CheckFinding finding) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(finding.identity().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  /** The rule files wrap help text for reading; SARIF viewers wrap it themselves. */
  private static String unwrapped(String text) {
    return text.strip().replaceAll("\\s*\n\s*", " ");
  }

  private static String pascalCase(String slug) {
    StringBuilder name = new StringBuilder();
    for (String part : slug.split("-")) {
      name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return name.toString();
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
