package dev.unbuildpack.check;

import dev.unbuildpack.model.Severity;
import dev.unbuildpack.rules.RuleSource;
import java.util.Locale;
import java.util.Map;

/**
 * One rule of {@code unbuildpack check}: the rule from rules/check/secrets.toml (id, summary,
 * effect, severity, source) with the wording of its findings from rules/check/data/messages.toml.
 *
 * @param name the id as a slug, without the CHECK- prefix ("secret-not-mounted")
 * @param title a short imperative line, for SARIF and annotation titles
 * @param message template of a finding's message; {@code {name}} placeholders are filled per finding
 * @param fix template of the fix shown with a finding
 * @param help why the rule exists (the rule's effect)
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
    RuleSource source) {

  static String slug(String id) {
    return id.substring(CheckRules.PREFIX.length()).toLowerCase(Locale.ROOT);
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
