package dev.unbuildpack.generate;

import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
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

  /** The rule catalogue's summaries and sources; ids it does not know have no description. */
  static RuleDescriptions of(RuleSet rules) {
    return id -> {
      if (id == null || !rules.contains(id)) {
        return Optional.empty();
      }
      Rule rule = rules.rule(id);
      return Optional.of(new RuleDescription(rule.summary(), rule.source().describe()));
    };
  }

  static RuleDescriptions of(Map<String, RuleDescription> byId) {
    Map<String, RuleDescription> copy = Map.copyOf(byId);
    return id -> Optional.ofNullable(copy.get(id));
  }
}
