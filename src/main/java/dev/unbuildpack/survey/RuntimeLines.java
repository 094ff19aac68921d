package dev.unbuildpack.survey;

import dev.unbuildpack.model.Detection;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Release lines and end of life, as each ecosystem's own rules decide them. End of life is the
 * finding of the rule {@code <ECOSYSTEM>-RUNTIME-EOL} (NODE-RUNTIME-EOL, PYTHON-RUNTIME-EOL). A
 * line has as many version parts as the lines the ecosystem's runtime rules list in their values
 * (NODE-RUNTIME-EOL's "24", PYTHON-RUNTIME-DEPRECATED's "3.10"): the end-of-life rule's first,
 * else any {@code <ECOSYSTEM>-RUNTIME-*} rule's; without one it is the major version. Nothing here
 * knows a version number.
 */
public final class RuntimeLines {
  private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,3}");

  private final RuleSet rules;

  public RuntimeLines(RuleSet rules) {
    this.rules = rules;
  }

  static String eolRule(String ecosystem) {
    return ecosystem.toUpperCase(Locale.ROOT) + "-RUNTIME-EOL";
  }

  /** True when the detection carries the ecosystem's end-of-life finding. */
  boolean endOfLife(String ecosystem, Detection detection) {
    String rule = eolRule(ecosystem);
    return detection.findings().stream().anyMatch(f -> rule.equals(f.rule()));
  }

  /**
   * The release line of the version resolved, or of the version requested when none was (an
   * end-of-life request the buildpack refuses still has a line); null when neither is a version.
   */
  String line(String ecosystem, String version, String requested) {
    String from = version != null ? version
        : requested != null && VERSION.matcher(requested.strip()).matches() ? requested.strip()
        : null;
    if (from == null) {
      return null;
    }
    String[] parts = from.split("\\.");
    int kept = Math.min(parts.length, partsPerLine(ecosystem));
    return String.join(".", java.util.Arrays.copyOf(parts, kept));
  }

  private int partsPerLine(String ecosystem) {
    String prefix = ecosystem.toUpperCase(Locale.ROOT) + "-RUNTIME-";
    String eol = eolRule(ecosystem);
    List<Rule> candidates = new ArrayList<>();
    if (rules.contains(eol)) {
      candidates.add(rules.rule(eol));
    }
    rules.all().stream().filter(r -> r.id().startsWith(prefix)).forEach(candidates::add);
    for (Rule rule : candidates) {
      if (!rule.values().isEmpty()
          && rule.values().stream().allMatch(v -> VERSION.matcher(v).matches())) {
        return rule.values().get(0).split("\\.").length;
      }
    }
    return 1;
  }
}
