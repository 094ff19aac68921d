package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every shipped rule is exercised by at least one fixture, and every rule id used exists. */
class RuleCatalogueTest {
  private static final Pattern CITED_RULE = Pattern.compile("\\(([A-Z]+(?:-[A-Z0-9]+)+)\\)");
  private static final Path CHECK_FIXTURES = Golden.projectDir().resolve("fixtures/check");
  /**
   * Rules that only a built image can trigger; ImageSecretScanEngineTest builds the
   * fixtures/check/image-secret-* apps with the Docker Engine and asserts them.
   */
  private static final Set<String> TRIGGERED_BY_ENGINE_TESTS = Set.of("CHECK-SECRET-IN-IMAGE");
  /**
   * Rules that depend on today's date, which the fixtures fix (pom.xml, unbuildpack.today);
   * ReleaseDatesTest moves the date past the limit and asserts the warning.
   */
  private static final Set<String> TRIGGERED_BY_DATE_TESTS = Set.of("NODE-RELEASES-STALE");
  /**
   * Rules that only a command-line option triggers (fixtures are converted without options);
   * DebianReleaseRulesTest pins the release as --debian does and asserts the rule.
   */
  private static final Set<String> TRIGGERED_BY_OPTION_TESTS = Set.of("DEBIAN-RELEASE-PINNED");

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
        "rules no fixture under fixtures/node or fixtures/check triggers; add a scenario that does");
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

  @Test
  void onlyTheFieldsThatCarryADecisionCount() {
    Set<String> ids = new TreeSet<>();
    collect("""
        {"rule": "NODE-A", "processes": [{"source": "Procfile:1 (HEROKU-B)"}],
         "findings": [{"rule": "CHECK-C", "message": "unlike NODE-D, see HEROKU-E"}],
         "ignore": [{"source": "default (HEROKU-F)", "note": "(NODE-G)"}]}
        """, ids);
    assertEquals(Set.of("NODE-A", "HEROKU-B", "CHECK-C", "HEROKU-F"), ids);
  }

  /**
   * Rule ids that decided something in every node fixture's detection and in every check
   * fixture's expected check.json.
   */
  private static Set<String> triggeredByFixtures() {
    Set<String> ids = new TreeSet<>(TRIGGERED_BY_ENGINE_TESTS);
    ids.addAll(TRIGGERED_BY_DATE_TESTS);
    ids.addAll(TRIGGERED_BY_OPTION_TESTS);
    NodeFixtures.detectable().map(NodeFixtures::detectJson).forEach(json -> collect(json, ids));
    try (Stream<Path> goldens = Files.walk(CHECK_FIXTURES)) {
      for (Path golden : goldens.filter(p -> p.endsWith("expected/check.json")).toList()) {
        collect(Files.readString(golden), ids);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /**
   * The ids in the fields that carry a decision's rule: every "rule" field, and the rule a
   * "source" field names in parentheses (processes, ignore entries and add-ons cite their rule
   * so: "Procfile:1 (HEROKU-PROCFILE)"). A rule named in a message or a note decided nothing.
   */
  private static void collect(String json, Set<String> ids) {
    try {
      collect(Json.readTree(json), null, ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, String field, Set<String> ids) {
    if (node.isObject()) {
      node.fields().forEachRemaining(entry -> collect(entry.getValue(), entry.getKey(), ids));
    } else if (node.isArray()) {
      node.forEach(element -> collect(element, field, ids));
    } else if (node.isTextual() && "rule".equals(field)) {
      ids.add(node.asText());
    } else if (node.isTextual() && "source".equals(field)) {
      Matcher cited = CITED_RULE.matcher(node.asText());
      if (cited.find()) {
        ids.add(cited.group(1));
      }
    }
  }
}
