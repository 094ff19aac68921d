package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.semver4j.Semver;

class VersionResolverTest {
  private static final List<Semver> INVENTORY = List.of("18.20.8", "20.19.0", "20.20.2",
      "22.22.0", "22.23.2", "23.11.1", "24.18.1", "24.19.0", "25.9.0", "26.7.0").stream()
      .map(Semver::new).sorted(Comparator.reverseOrder()).toList();
  private final VersionResolver resolver = new VersionResolver(INVENTORY, "24.x");

  private String pick(String range) {
    return resolver.resolve(range, false).orElseThrow().version().getVersion();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', value = {
      "20.x ; 20.20.2",
      "^20.19 ; 20.20.2",
      "~20.19.0 ; 20.19.0",
      "22.22.0 ; 22.22.0",
      "v22.22.0 ; 22.22.0",
      "^20 || ^22 ; 22.23.2",
      ">=20 <23 ; 22.23.2",
      "~=24.18 ; 24.18.1",
      "24 ; 24.19.0",
  })
  void picksTheHighestMatchingRelease(String range, String expected) {
    assertEquals(expected, pick(range));
  }

  @Test
  void aRangeAboveTheLtsLineIsCappedAtTheNewestLtsRelease() {
    VersionResolver.Resolution wide = resolver.resolve(">=18", false).orElseThrow();
    assertEquals("24.19.0", wide.version().getVersion());
    assertTrue(wide.capped());
    assertTrue(wide.wide());
  }

  @Test
  void latestMeansAnyVersionAndIsCappedToo() {
    assertEquals("24.19.0", pick("latest"));
  }

  @Test
  void allowingWideRangesLiftsTheCap() {
    VersionResolver.Resolution uncapped = resolver.resolve(">=18", true).orElseThrow();
    assertEquals("26.7.0", uncapped.version().getVersion());
    assertFalse(uncapped.capped());
  }

  @Test
  void aRangeWithNoLtsReleaseIsNotCapped() {
    VersionResolver.Resolution above = resolver.resolve(">=25", false).orElseThrow();
    assertEquals("26.7.0", above.version().getVersion());
    assertFalse(above.capped());
  }

  @ParameterizedTest(name = "{0} wide: {1}")
  @CsvSource(delimiter = ';', value = {
      "22.x ; false",
      "~22.22.0 ; false",
      ">=22.22 <23 ; false",
      "^22 || ^24 ; true",
      "^18 || ^24 ; true",
      "18.x || 26.x ; true",
      ">=22 <24 ; true",
      ">=26 ; true",
  })
  void wideWhenTheRangeAdmitsMoreThanOneMajorLine(String range, boolean wide) {
    assertEquals(wide, resolver.resolve(range, false).orElseThrow().wide());
  }

  @Test
  void theDefaultRangeResolvesToTheNewestOfItsLine() {
    assertEquals("24.19.0", pick("24.x"));
    assertEquals(24, resolver.ltsMajor());
  }

  @Test
  void noMatchOrAnUnparsableRangeResolvesToNothing() {
    assertTrue(resolver.resolve("30.x", false).isEmpty());
    assertTrue(resolver.resolve("12.%", false).isEmpty());
  }

  @Test
  void theShippedInventoryHasTheDefaultLineAndResolvesLikeHeroku() {
    ReleaseList releases = ReleaseList.load();
    VersionResolver shipped = new VersionResolver(releases.versions(), "24.x");
    assertEquals("24.22.3", shipped.resolve(">=18", false).orElseThrow().version().getVersion());
    assertEquals("26.12.1", shipped.resolve(">=18", true).orElseThrow().version().getVersion());
    assertEquals("Krypton", releases.lts(new Semver("24.22.3")));
  }
}
