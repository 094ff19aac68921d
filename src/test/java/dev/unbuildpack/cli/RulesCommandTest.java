package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.rules.RuleSet;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
  @Test
  void listPrintsOneLinePerRuleWithItsSummary() {
    CliRun run = CliRun.of("rules", "list");
    assertEquals(0, run.exitCode(), run.err());
    String[] lines = run.out().split("\n");
    assertEquals(RuleSet.builtIn().all().size(), lines.length);
    assertTrue(run.out().contains("NODE-INSTALL-NPM "), run.out());
    RuleSet.builtIn().all().forEach(rule ->
        assertTrue(run.out().contains(rule.summary()), rule.id()));
  }

  @Test
  void showPrintsSummaryEffectDataAndSource() {
    CliRun run = CliRun.of("rules", "show", "NODE-RUNTIME-DEFAULT");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("""
        NODE-RUNTIME-DEFAULT
          summary: With no engines.node in package.json the buildpack installs the newest release \
        of the recommended LTS line.
          effect:  The image installs the newest release matching 'value'; pin engines.node to \
        keep it from moving.
          value:   24.x
          source:  heroku/buildpacks-nodejs crates/nodejs-data/src/lib.rs @ f56d560 (2026-07-14)
          defined in rules/node/runtime.toml
        """, run.out());
  }

  @Test
  void showOfANativeRuleListsItsDebianPackages() {
    CliRun run = CliRun.of("rules", "show", "NODE-NATIVE-PG-NATIVE");
    assertTrue(run.out().contains("  run:     libpq5\n"), run.out());
    assertTrue(run.out().contains("  npm:     pg-native, libpq\n"), run.out());
  }

  @Test
  void showOfARuleWithPackagesPerReleaseListsEachRelease() {
    CliRun run = CliRun.of("rules", "show", "NODE-NATIVE-RDKAFKA");
    assertTrue(run.out().contains("  run:     bookworm: libssl3 libsasl2-2 zlib1g liblz4-1 libzstd1\n"
        + "  run:     trixie: libssl3t64 libsasl2-2 zlib1g liblz4-1 libzstd1\n"), run.out());
    assertTrue(run.out().contains("  build:   python3 make g++ libssl-dev"), run.out());
  }

  @Test
  void anUnknownRuleIsAUsageError() {
    CliRun run = CliRun.of("rules", "show", "NODE-NOPE");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().startsWith("error: Unknown rule 'NODE-NOPE'."), run.err());
  }
}
