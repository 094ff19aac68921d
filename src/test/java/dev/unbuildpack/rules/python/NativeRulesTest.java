package dev.unbuildpack.rules.python;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.python.PythonPackage;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which installed distributions trigger a native-library rule. */
class NativeRulesTest {
  private static final Location AT = Location.of("requirements.txt", 1);

  private static boolean triggers(String ruleId, String name, String version, String... extras) {
    Rule rule = RuleSet.builtIn().rule(ruleId);
    return NativeRules.triggers(rule, new PythonPackage(name, version, AT, true, List.of(extras)));
  }

  @Test
  void theResolvedVersionDecides() {
    assertTrue(triggers("PYTHON-NATIVE-PILLOW-SOURCE", "pillow", "10.4.0"));
    assertFalse(triggers("PYTHON-NATIVE-PILLOW-SOURCE", "pillow", "12.0.0"));
    assertTrue(triggers("PYTHON-NATIVE-PILLOW-WHEELS", "pillow", "12.0.0"));
    assertFalse(triggers("PYTHON-NATIVE-PILLOW-SOURCE", "pillow", "12.0.0rc1"),
        "PEP 440: '<12' excludes the pre-releases of 12 although they sort before it");
  }

  @Test
  void anUnpinnedPackageIsJudgedAsTheNewestRelease() {
    assertFalse(triggers("PYTHON-NATIVE-PILLOW-SOURCE", "pillow", null));
    assertTrue(triggers("PYTHON-NATIVE-PILLOW-WHEELS", "pillow", null));
    assertTrue(triggers("PYTHON-NATIVE-PSYCOPG2", "psycopg2", null));
  }

  @Test
  void aVersionPipCannotReadTriggersNoRangedRule() {
    assertFalse(triggers("PYTHON-NATIVE-PILLOW-SOURCE", "pillow", "not-a-version"));
  }

  @Test
  void anExtraEntryNeedsThatExtra() {
    assertTrue(triggers("PYTHON-NATIVE-PSYCOPG-C", "psycopg", "3.2.9", "c"));
    assertFalse(triggers("PYTHON-NATIVE-PSYCOPG-C", "psycopg", "3.2.9", "binary"));
    assertTrue(triggers("PYTHON-NATIVE-PSYCOPG-C", "psycopg-c", "3.2.9"));
    assertFalse(triggers("PYTHON-NATIVE-PSYCOPG2", "psycopg2-binary", "2.9.10"),
        "psycopg2-binary is not psycopg2");
  }

  @Test
  void everyPythonRuleNamesNormalisedDistributions() {
    for (Rule rule : RuleSet.builtIn().all()) {
      for (String entry : rule.pypi()) {
        assertTrue(entry.matches("[a-z0-9]+(-[a-z0-9]+)*(\\[[a-z0-9-]+])?"),
            rule.id() + ": '" + entry + "' is no PEP 503 normalised name");
      }
    }
  }
}
