package dev.unbuildpack.rules;

/**
 * One thing wrong with a rule file.
 *
 * @param file the rule file, relative to the rules folder's parent ("rules/node/runtime.toml")
 * @param ruleId the rule's id, or "#n" (1-based position) when it has none
 * @param key the offending key, or null for a problem with the whole file
 */
public record RuleProblem(String file, String ruleId, String key, String message) {
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (ruleId != null) {
      text.append(": rule ").append(ruleId);
    }
    if (key != null) {
      text.append(": key '").append(key).append('\'');
    }
    return text.append(": ").append(message).toString();
  }
}
