package dev.unbuildpack.survey;

import dev.unbuildpack.model.Detection;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.Locale;

/**
 * Release lines and end of life, as each ecosystem's own rule decides them: the rule
 * {@code <ECOSYSTEM>-RUNTIME-EOL} (NODE-RUNTIME-EOL) lists the supported lines in its values and
 * raises a finding for a version outside them. A line has as many version parts as those values
 * ("24" for Node.js, "3.12" for a rule listing Python lines); without such a rule it is the major
 * version. Nothing here knows a version number.
 */
public final class RuntimeLines {
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

  /** The version's release line; null for no version. */
  String line(String ecosystem, String version) {
    if (version == null) {
      return null;
    }
    String[] parts = version.split("\\.");
    int kept = Math.min(parts.length, partsPerLine(ecosystem));
    return String.join(".", java.util.Arrays.copyOf(parts, kept));
  }

  private int partsPerLine(String ecosystem) {
    String id = eolRule(ecosystem);
    if (!rules.contains(id)) {
      return 1;
    }
    Rule rule = rules.rule(id);
    return rule.values().isEmpty() ? 1 : rule.values().get(0).split("\\.").length;
  }
}
