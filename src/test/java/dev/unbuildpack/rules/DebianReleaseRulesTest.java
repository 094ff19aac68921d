package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.SystemPackage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Debian release is trixie where the official image publishes the exact runtime version for
 * it, else the newest release that does; --debian pins it; the system packages take its names.
 */
class DebianReleaseRulesTest {
  @TempDir Path dir;

  private TempApp app(String engines, String dependencies) {
    return new TempApp(dir, "app").file("package.json", "{\"engines\": {\"node\": \"" + engines
        + "\"}, \"dependencies\": {" + dependencies + "}}");
  }

  @Test
  void aVersionTheListPublishesForTrixieIsBasedOnTrixie() {
    Detection d = app("24.19.0", "").detect();
    assertEquals(DebianRelease.TRIXIE, d.debian().release());
    assertEquals("DEBIAN-RELEASE-STABLE", d.debian().rule());
    assertEquals("node:24.19.0 is published for trixie and bookworm (official-images"
        + " library/node, 2026-08-21); trixie is Debian's stable release.", d.debian().reason());
  }

  @Test
  void aVersionOfALineWhoseTrixieImagesCameLaterStaysOnBookworm() {
    // Node.js 24.4.1 came out before the node image published trixie variants (24.5.0).
    Detection d = app("24.4.1", "").detect();
    assertEquals(DebianRelease.BOOKWORM, d.debian().release());
    assertEquals("DEBIAN-RELEASE-OLDSTABLE", d.debian().rule());
    Finding finding = finding(d, "DEBIAN-RELEASE-OLDSTABLE");
    assertTrue(finding.message().startsWith("node:24.4.1 has no trixie image"), finding.message());
    assertTrue(finding.message().endsWith("; node:24.5.0 and later 24 releases have trixie images."),
        finding.message());
  }

  @Test
  void aVersionNewerThanTheListTakesItsLinesNewestListedVersionsReleases() {
    Detection d = app("24.22.3", "").detect();
    assertEquals(DebianRelease.TRIXIE, d.debian().release());
    assertTrue(d.debian().reason().contains("the newest 24 release there, 24.19.0"),
        d.debian().reason());
  }

  @Test
  void aRuntimeWithNoImageOnASupportedReleaseIsWarnedAbout() {
    Detection d = app("14.x", "").detect();
    assertEquals(DebianRelease.BOOKWORM, d.debian().release());
    assertEquals("DEBIAN-RELEASE-UNPUBLISHED", d.debian().rule());
    assertTrue(finding(d, "DEBIAN-RELEASE-UNPUBLISHED").message()
        .contains("is published for no Debian release unbuildpack supports"));
  }

  @Test
  void aPinnedReleaseIsUsedAndSaysWhetherTheImageExists() {
    Detection bookworm = app("24.19.0", "").detect(DebianRelease.BOOKWORM);
    assertEquals(DebianRelease.BOOKWORM, bookworm.debian().release());
    assertEquals("DEBIAN-RELEASE-PINNED", bookworm.debian().rule());
    assertEquals(List.of(), bookworm.findings().stream()
        .filter(f -> f.rule().startsWith("DEBIAN-")).toList());

    Detection trixie = app("18.20.8", "").detect(DebianRelease.TRIXIE);
    assertEquals(DebianRelease.TRIXIE, trixie.debian().release());
    assertEquals("node:18.20.8 is not published for trixie (official-images library/node,"
        + " 2026-08-21), which --debian pins; it is published for bookworm.",
        finding(trixie, "DEBIAN-RELEASE-UNPUBLISHED").message().split(" Pulling")[0]);
  }

  @Test
  void theSystemPackagesTakeTheChosenReleasesNames() {
    String rdkafka = "\"node-rdkafka\": \"3.0.0\"";
    assertTrue(names(app("24.19.0", rdkafka).detect().systemPackages().run())
        .contains("libssl3t64"));
    assertTrue(names(app("24.19.0", rdkafka).detect(DebianRelease.BOOKWORM).systemPackages()
        .run()).contains("libssl3"));
    assertTrue(names(app("18.20.8", rdkafka).detect().systemPackages().run())
        .contains("libssl3"));
  }

  @Test
  void noResolvedRuntimeMeansNoChoiceAndTheNewestRelease() {
    Detection d = app("99.x", "").detect();
    assertNull(d.debian());
    assertEquals(DebianRelease.TRIXIE, d.debianRelease());
  }

  private static Finding finding(Detection d, String rule) {
    return d.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + rule + " in " + d.findings()));
  }

  private static List<String> names(List<SystemPackage> packages) {
    return packages.stream().map(SystemPackage::name).toList();
  }
}
