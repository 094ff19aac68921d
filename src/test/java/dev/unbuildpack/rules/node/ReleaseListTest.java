package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.semver4j.Semver;

class ReleaseListTest {
  private final ReleaseList releases = ReleaseList.load();

  /** VersionResolver stops at the first match, so the file's order must be newest first. */
  @Test
  void versionsAreListedNewestFirstWithoutRepeats() {
    List<Semver> versions = releases.versions();
    for (int i = 1; i < versions.size(); i++) {
      assertTrue(versions.get(i - 1).isGreaterThan(versions.get(i)),
          versions.get(i - 1) + " is listed before " + versions.get(i));
    }
  }

  @Test
  void everyShippedListIsValid() {
    for (ReleaseList.Tool tool : ReleaseList.Tool.values()) {
      assertEquals(List.of(), ReleaseList.load(tool.file()).problems(), tool.file());
    }
  }

  @Test
  void everyVersionSitsInItsOwnLine() {
    for (ReleaseList.Line line : releases.line()) {
      for (String version : line.versions()) {
        Semver parsed = new Semver(version);
        String major = parsed.getMajor() == 0 ? "0." + parsed.getMinor()
            : String.valueOf(parsed.getMajor());
        assertEquals(line.major(), major, version + " in line " + line.major());
      }
    }
  }

  @Test
  void theLazyListParsesEachVersionTheSameWayAsSemver() {
    List<Semver> versions = releases.versions();
    List<String> texts = releases.line().stream().flatMap(l -> l.versions().stream()).toList();
    assertEquals(texts.stream().map(Semver::new).toList(), versions);
  }
}
