package dev.unbuildpack.generate;

import java.util.Map;
import java.util.Optional;

/**
 * What the report says about a rule: a one-sentence summary and the buildpack source it encodes.
 * The rule catalogue implements it; {@link #none()} stands in where no catalogue is wired.
 */
@FunctionalInterface
public interface RuleDescriptions {
  /**
   * @param summary one sentence, ending with a period
   * @param source where the behaviour comes from, e.g. "heroku/heroku-buildpack-nodejs
   *     lib/environment.sh (v363, 2026-08-20)"
   */
  record RuleDescription(String summary, String source) {}

  Optional<RuleDescription> describe(String ruleId);

  static RuleDescriptions none() {
    return id -> Optional.empty();
  }

  static RuleDescriptions of(Map<String, RuleDescription> byId) {
    Map<String, RuleDescription> copy = Map.copyOf(byId);
    return id -> Optional.ofNullable(copy.get(id));
  }
}
