package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every shipped check rule is well formed and exercised by the fixtures. */
class CheckRulesTest {
  private static final Set<String> PLACEHOLDERS = Set.of("secret", "id", "need", "instruction",
      "file", "what", "fingerprint", "layer", "path", "how");
  /** CHK108 needs an image; the engine tests (ImageSecretScanEngineTest) trigger and clear it. */
  private static final Set<String> NEEDS_AN_IMAGE = Set.of("CHK108");

  private final CheckRules rules = CheckRules.load();

  @Test
  void everyRuleIsWellFormed() {
    List<String> problems = new ArrayList<>();
    for (CheckRule rule : rules.all()) {
      if (!rule.id().matches("CHK1\\d\\d")) {
        problems.add(rule.id() + ": id must be CHK1nn");
      }
      if (rule.title().endsWith(".") || !rule.summary().endsWith(".")) {
        problems.add(rule.id() + ": a title has no final period, a summary has one");
      }
      if (!rule.name().matches("[a-z]+(-[a-z]+)*")) {
        problems.add(rule.id() + ": name must be a lower-case slug");
      }
      Map<String, String> source = rule.source();
      boolean cited = source.containsKey("doc")
          || source.keySet().containsAll(List.of("repo", "path", "ref"));
      if (!cited || !source.containsKey("verified")) {
        problems.add(rule.id() + ": source needs doc or repo/path/ref, and verified");
      }
      unknownPlaceholders(rule.message() + rule.fix()).forEach(p -> problems.add(rule.id() + ": {" + p + "}"));
    }
    assertEquals(List.of(), problems);
    assertEquals(8, rules.all().size());
  }

  @Test
  void everyCredentialPatternCapturesAValue() {
    assertTrue(rules.patterns().size() >= 7);
    rules.patterns().forEach(p -> assertTrue(p.regex().pattern().contains("(?<value>"), p.what()));
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
  void explainShowsARuleWithItsRationaleFixAndSource() {
    String text = rules.find("CHK103").orElseThrow().explain();
    assertTrue(text.startsWith("CHK103 secret-in-build-arg: Do not pass a secret as a build argument\n"), text);
    assertTrue(text.contains("  severity: error\n"), text);
    assertTrue(text.contains("  fix: Remove ARG {secret}; "), text);
    assertTrue(text.contains("secrets-used-in-arg-or-env"), text);
    assertTrue(rules.find("NODE101").isEmpty());
  }

  @Test
  void theDocsListEveryRuleWithItsNameAndTitle() throws Exception {
    String docs = Files.readString(dev.unbuildpack.testing.Golden.projectDir().resolve("docs/check.md"));
    for (CheckRule rule : rules.all()) {
      assertTrue(docs.contains("| " + rule.id() + " | " + rule.name() + " | " + rule.title()),
          "docs/check.md lacks the row of " + rule.id());
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
