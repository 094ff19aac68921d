package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.rules.ruby.GemRequirement;
import dev.unbuildpack.rules.ruby.GemVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The native-gem rules (rules/ruby/native.toml) as data: each one binds, names gems, and decides
 * something a user can act on; a gem at one version is decided by one rule only (pg before 1.6
 * and pg 1.6 and later are two rules), so the Dockerfile never gets two answers for one gem.
 */
class RubyNativeRuleFileTest {
  private static final Path FILE =
      dev.unbuildpack.testing.Golden.projectDir().resolve("rules/ruby/native.toml");
  private static final List<Rule> RULES = load();

  @Test
  void everyRuleBindsAndNamesTheGemsThatTriggerIt() {
    assertTrue(RULES.size() >= 40, "only " + RULES.size() + " native-gem rules");
    for (Rule rule : RULES) {
      assertTrue(rule.id().startsWith("RUBY-NATIVE-"), rule.id());
      assertFalse(rule.gems().isEmpty(), rule.id() + " names no gem");
      assertTrue(rule.source().date().matches("\\d{4}-\\d{2}-\\d{2}"), rule.id());
      if (rule.versions() != null) {
        assertTrue(GemRequirement.parse(rule.versions()).isPresent(),
            rule.id() + ": versions '" + rule.versions() + "' is no RubyGems requirement");
      }
    }
  }

  /**
   * A rule that installs nothing raises a finding, so the report says why nothing was installed;
   * "precompiled" is only worth writing where the ruby platform gem needs something or the
   * finding warns.
   */
  @Test
  void aRuleThatInstallsNothingSaysWhy() {
    for (Rule rule : RULES) {
      boolean installs = false;
      for (DebianRelease release : DebianRelease.values()) {
        installs |= !rule.build().on(release).isEmpty() || !rule.run().on(release).isEmpty();
      }
      if (!installs) {
        assertTrue(rule.severity() != null, rule.id() + " installs nothing and says nothing");
      }
    }
  }

  @Test
  void noGemVersionIsDecidedByTwoRules() {
    List<String> overlaps = new ArrayList<>();
    for (int i = 0; i < RULES.size(); i++) {
      for (int j = i + 1; j < RULES.size(); j++) {
        Rule a = RULES.get(i);
        Rule b = RULES.get(j);
        for (String gem : a.gems()) {
          if (b.gems().contains(gem)) {
            probes(a, b).stream().filter(v -> allows(a, v) && allows(b, v)).findFirst()
                .ifPresent(v -> overlaps.add(gem + " " + v + ": " + a.id() + " and " + b.id()));
          }
        }
      }
    }
    assertEquals(List.of(), overlaps);
  }

  /** The check above can fail: two rules for pg meet at 1.6 and are told apart there. */
  @Test
  void pgIsSplitAtTheFirstReleaseWithPrecompiledGems() {
    Rule source = rule("RUBY-NATIVE-PG");
    Rule precompiled = rule("RUBY-NATIVE-PG-PRECOMPILED");
    GemVersion last = GemVersion.parse("1.5.9").orElseThrow();
    GemVersion first = GemVersion.parse("1.6.0").orElseThrow();
    assertTrue(allows(source, last) && !allows(precompiled, last));
    assertTrue(allows(precompiled, first) && !allows(source, first));
    assertTrue(precompiled.precompiled().contains("x86_64-linux"));
  }

  /** Versions on both sides of every bound either rule names, and versions far out. */
  private static List<GemVersion> probes(Rule a, Rule b) {
    TreeSet<String> texts = new TreeSet<>(List.of("0", "0.0.1", "999999"));
    for (Rule rule : List.of(a, b)) {
      if (rule.versions() == null) {
        continue;
      }
      for (GemRequirement.Part part : GemRequirement.parse(rule.versions()).orElseThrow()
          .parts()) {
        String bound = part.version().text();
        texts.add(bound);
        texts.add(bound + ".0.1");
      }
    }
    List<GemVersion> probes = new ArrayList<>();
    texts.forEach(t -> GemVersion.parse(t).ifPresent(probes::add));
    // Just below each bound: 1.6 -> 1.5.999
    for (String text : texts) {
      lowered(text).flatMap(GemVersion::parse).ifPresent(probes::add);
    }
    return probes;
  }

  private static Optional<String> lowered(String text) {
    String[] parts = text.split("\\.");
    for (int i = parts.length - 1; i >= 0; i--) {
      if (parts[i].matches("[1-9]\\d*")) {
        parts[i] = String.valueOf(Long.parseLong(parts[i]) - 1);
        return Optional.of(String.join(".", List.of(parts).subList(0, i + 1)) + ".999");
      }
    }
    return Optional.empty();
  }

  private static boolean allows(Rule rule, GemVersion version) {
    return rule.versions() == null
        || GemRequirement.parse(rule.versions()).orElseThrow().satisfiedBy(version);
  }

  private static Rule rule(String id) {
    return RULES.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  private static List<Rule> load() {
    List<RuleProblem> problems = new ArrayList<>();
    try {
      List<Rule> rules = RuleLoader.readFile("ruby/native.toml", Files.readString(FILE),
          problems);
      assertEquals(List.of(), problems);
      return rules;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
