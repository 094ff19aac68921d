package dev.unbuildpack.check;

import dev.unbuildpack.model.Severity;
import java.util.Map;

/**
 * One rule of {@code unbuildpack check}, read from rules/check/secrets.toml.
 *
 * @param message template of a finding's message; {@code {name}} placeholders are filled per finding
 * @param fix template of the fix shown with a finding
 * @param help why the rule exists, for {@code rules show} and SARIF help text
 * @param source where the facts come from (repo/path/ref or doc, and the date they were verified)
 */
public record CheckRule(
    String id,
    String name,
    String title,
    String summary,
    Severity severity,
    String message,
    String fix,
    String help,
    Map<String, String> source) {
  public CheckRule {
    source = Map.copyOf(source);
  }

  /**
   * The text {@code unbuildpack rules show ID} prints for this rule: title, summary, severity,
   * rationale, the fix (placeholders shown as written) and the source.
   */
  public String explain() {
    StringBuilder text = new StringBuilder(id).append(' ').append(name).append(": ")
        .append(title).append('\n');
    text.append("  ").append(summary).append('\n');
    text.append("  severity: ").append(severity.id()).append('\n');
    text.append("  why: ").append(help.strip().replaceAll("\\s*\\n\\s*", " ")).append('\n');
    text.append("  fix: ").append(fix).append('\n');
    text.append("  source: ").append(new java.util.TreeMap<>(source)).append('\n');
    return text.toString();
  }

  /** Fills {@code {placeholder}}s; an unknown placeholder is left as written. */
  static String fill(String template, Map<String, String> values) {
    String text = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", value.getValue());
    }
    return text;
  }
}
