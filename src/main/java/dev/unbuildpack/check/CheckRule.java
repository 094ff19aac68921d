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

  /** Fills {@code {placeholder}}s; an unknown placeholder is left as written. */
  static String fill(String template, Map<String, String> values) {
    String text = template;
    for (Map.Entry<String, String> value : values.entrySet()) {
      text = text.replace("{" + value.getKey() + "}", value.getValue());
    }
    return text;
  }
}
