package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every shipped rule is exercised by at least one fixture, and every rule id used exists. */
class RuleCatalogueTest {
  private static final Pattern RULE_ID = Pattern.compile("\\b[A-Z]+(?:-[A-Z0-9]+)+\\b");

  @Test
  void everyRuleIsTriggeredByAFixture() {
    Set<String> triggered = triggeredByFixtures();
    Set<String> untriggered = new TreeSet<>();
    RuleSet.builtIn().all().forEach(rule -> {
      if (!triggered.contains(rule.id())) {
        untriggered.add(rule.id());
      }
    });
    assertEquals(Set.of(), untriggered,
        "rules no fixture under fixtures/node triggers; add a scenario that does");
  }

  @Test
  void fixturesOnlyNameRulesThatExist() {
    Set<String> unknown = new TreeSet<>(triggeredByFixtures());
    unknown.removeIf(RuleSet.builtIn()::contains);
    assertEquals(Set.of(), unknown);
  }

  @Test
  void theCatalogueIsNotEmpty() {
    assertTrue(RuleSet.builtIn().all().size() >= 40, "the shipped rule set looks truncated");
  }

  /** Rule ids in the rule, source and message fields of every fixture's detection. */
  private static Set<String> triggeredByFixtures() {
    Set<String> ids = new TreeSet<>();
    NodeFixtures.detectable().map(NodeFixtures::detectJson).forEach(json -> {
      Matcher match = RULE_ID.matcher(json);
      while (match.find()) {
        if (match.group().startsWith("NODE-") || match.group().startsWith("HEROKU-")) {
          ids.add(match.group());
        }
      }
    });
    return ids;
  }
}
