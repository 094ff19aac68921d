package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.testing.Golden;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every shipped check rule is well formed, explained, documented and exercised by fixtures. */
class CheckRulesTest {
  private static final Set<String> PLACEHOLDERS = Set.of("secret", "id", "need", "instruction",
      "file", "what", "fingerprint", "layer", "path", "how");
  /** Needs an image; ImageSecretScanEngineTest triggers it and clears it with real builds. */
  private static final Set<String> NEEDS_AN_IMAGE = Set.of("CHECK-SECRET-IN-IMAGE");

  private final CheckRules rules = CheckRules.load();

  @Test
  void everyRuleHasWordingWithKnownPlaceholders() {
    List<String> problems = new ArrayList<>();
    for (CheckRule rule : rules.all()) {
      if (rule.title().endsWith(".") || !rule.summary().endsWith(".")) {
        problems.add(rule.id() + ": a title has no final period, a summary has one");
      }
      unknownPlaceholders(rule.message() + rule.fix())
          .forEach(p -> problems.add(rule.id() + ": {" + p + "}"));
    }
    assertEquals(List.of(), problems);
    assertEquals(8, rules.all().size());
  }

  @Test
  void theCommittedCredentialRulesOfDetectionExist() {
    assertTrue(rules.committedCredentialRules().contains("NODE-SECRET-COMMITTED"));
    rules.committedCredentialRules().forEach(id -> assertTrue(RuleSet.builtIn().contains(id), id));
  }

  @Test
  void everyCredentialPatternCapturesAValue() {
    assertTrue(rules.patterns().size() >= 5);
    rules.patterns().forEach(p -> assertTrue(p.regex().pattern().contains("(?<value>"), p.what()));
  }

  @Test
  void rulesShowExplainsACheckRule() {
    CliRun run = CliRun.of("rules", "show", "CHECK-SECRET-IN-BUILD-ARG");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("CHECK-SECRET-IN-BUILD-ARG (error)\n  summary: A secret declared"
        + " with ARG is recorded in the image history"), run.out());
    assertTrue(run.out().contains("secrets-used-in-arg-or-env"), run.out());
  }

  @Test
  void everyRuleIsTriggeredByOneFixtureAndClearedByAnother() throws Exception {
    List<String> goldens = new ArrayList<>();
    for (String scenario : CheckScenariosTest.scenarios().toList()) {
      goldens.add(Files.readString(
          CheckScenariosTest.FIXTURES.resolve(scenario).resolve("expected/check.json")));
    }
    List<String> problems = new ArrayList<>();
    for (CheckRule rule : rules.all()) {
      if (NEEDS_AN_IMAGE.contains(rule.id())) {
        continue;
      }
      String marker = "\"rule\" : \"" + rule.id() + "\"";
      long triggering = goldens.stream().filter(g -> g.contains(marker)).count();
      if (triggering == 0 || triggering == goldens.size()) {
        problems.add(rule.id() + " is triggered by " + triggering + " of " + goldens.size());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theDocsListEveryRuleWithItsTitle() throws Exception {
    String docs = Files.readString(Golden.projectDir().resolve("README.md"));
    for (CheckRule rule : rules.all()) {
      assertTrue(docs.contains("| " + rule.id() + " | " + rule.title()),
          "README.md lacks the check row of " + rule.id());
    }
  }

  private static List<String> unknownPlaceholders(String text) {
    List<String> unknown = new ArrayList<>();
    Matcher placeholder = Pattern.compile("(?<!\\$)\\{([a-z]+)}").matcher(text);
    while (placeholder.find()) {
      if (!PLACEHOLDERS.contains(placeholder.group(1))) {
        unknown.add(placeholder.group(1));
      }
    }
    return unknown;
  }
}
