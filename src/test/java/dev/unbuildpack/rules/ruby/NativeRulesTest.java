package dev.unbuildpack.rules.ruby;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.ruby.GemSpec;
import dev.unbuildpack.rules.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class NativeRulesTest {
  private static Rule rule(String versions) {
    return new Rule("RUBY-NATIVE-X", "s", "e", null, null, null, null, null, null, null, null,
        versions, null, null, null, null, null, null, null, null, null, List.of("pg"),
        List.of("x86_64-linux"));
  }

  private static GemSpec spec(String name, String version) {
    return spec(name, version, GemSpec.RUBY_PLATFORM);
  }

  private static GemSpec spec(String name, String version, String platform) {
    return new GemSpec(name, version, platform, "GEM", "", Location.of("Gemfile.lock", 1));
  }

  @Test
  void aRuleMatchesItsGemsInItsRequirementOnly() {
    assertTrue(NativeRules.triggers(rule(null), spec("pg", "0.21.0")));
    assertFalse(NativeRules.triggers(rule(null), spec("pgx", "1.0")));
    assertTrue(NativeRules.triggers(rule(">= 1.0, < 2"), spec("pg", "1.5.6")));
    assertFalse(NativeRules.triggers(rule(">= 1.0, < 2"), spec("pg", "2.0.0")));
    assertFalse(NativeRules.triggers(rule(">= 1.0, < 2"), spec("pg", "0.21.0")));
  }

  @Test
  void specsForPlatformsTheImageDoesNotRunTriggerNothing() {
    assertFalse(NativeRules.triggers(rule(null), spec("pg", "1.5.6", "java")));
    assertFalse(NativeRules.triggers(rule(null), spec("pg", "1.5.6", "arm64-darwin")));
    assertFalse(NativeRules.triggers(rule(null), spec("pg", "1.5.6", "x86_64-linux-musl")));
    assertTrue(NativeRules.triggers(rule(null), spec("pg", "1.5.6", "x86_64-linux")));
    assertTrue(NativeRules.triggers(rule(null), spec("pg", "1.5.6", "aarch64-linux-gnu")));
  }

  @Test
  void pessimisticRequirementsBumpTheNextToLastSegment() {
    GemRequirement twiddle = GemRequirement.parse("~> 1.16.2").orElseThrow();
    assertTrue(twiddle.satisfiedBy(GemVersion.parse("1.16.9").orElseThrow()));
    assertFalse(twiddle.satisfiedBy(GemVersion.parse("1.17.0").orElseThrow()));
    GemRequirement major = GemRequirement.parse("~> 1.0").orElseThrow();
    assertTrue(major.satisfiedBy(GemVersion.parse("1.99").orElseThrow()));
    assertFalse(major.satisfiedBy(GemVersion.parse("2.0").orElseThrow()));
  }

  @Test
  void preReleasesSortBeforeTheirRelease() {
    assertTrue(GemVersion.parse("7.1.0.rc1").orElseThrow()
        .compareTo(GemVersion.parse("7.1.0").orElseThrow()) < 0);
    assertTrue(GemVersion.parse("1.0").orElseThrow()
        .compareTo(GemVersion.parse("1").orElseThrow()) == 0);
  }
}
