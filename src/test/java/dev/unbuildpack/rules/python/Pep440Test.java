package dev.unbuildpack.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class Pep440Test {

  private static Pep440Version v(String text) {
    return Pep440Version.parse(text).orElseThrow(() -> new AssertionError(text));
  }

  private static boolean in(String version, String range) {
    return Pep440Range.parse(range).orElseThrow(() -> new AssertionError(range))
        .contains(v(version));
  }

  @Test
  void versionsSortAsPep440Says() {
    // The ordering example of PEP 440 ("Summary of permitted suffixes and relative ordering").
    List<String> ordered = List.of("1.0.dev456", "1.0a1", "1.0a2.dev456", "1.0a12.dev456",
        "1.0a12", "1.0b1.dev456", "1.0b2", "1.0b2.post345.dev456", "1.0b2.post345",
        "1.0rc1.dev456", "1.0rc1", "1.0", "1.0+abc.5", "1.0+abc.7", "1.0+5", "1.0.post456.dev34",
        "1.0.post456", "1.0.15", "1.1.dev1", "1!0.1");
    for (int i = 0; i + 1 < ordered.size(); i++) {
      assertTrue(v(ordered.get(i)).compareTo(v(ordered.get(i + 1))) < 0,
          ordered.get(i) + " < " + ordered.get(i + 1));
    }
    assertEquals(0, v("1.0").compareTo(v("1.0.0")));
    assertEquals(0, v("1.0RC1").compareTo(v("1.0rc1")));
    assertEquals(0, v("v1.0-post1").compareTo(v("1.0.post1")));
    assertEquals("1.0rc1.post2.dev3+local.1", v("1.0-c1_post2-dev3+Local.1").toString());
  }

  @Test
  void textThatIsNoVersionIsRefused() {
    for (String bad : List.of("", "latest", "1.0-foo", "1..0", "1.0+", "=1.0", "1.0 2")) {
      assertTrue(Pep440Version.parse(bad).isEmpty(), bad);
    }
  }

  @Test
  void specifiersHoldAsPep440Says() {
    assertTrue(in("2.9.10", ">=2.9,<3"));
    assertFalse(in("3.0", ">=2.9,<3"));
    assertFalse(in("3.0a1", "<3"), "a pre-release of the bound is not below it");
    assertTrue(in("3.0a1", "<3.0b1"));
    assertFalse(in("3.0.post1", ">3"), "a post-release of the bound is not above it");
    assertTrue(in("3.0.1", ">3"));
    assertTrue(in("1.4.5", "~=1.4.2"));
    assertFalse(in("1.5.0", "~=1.4.2"));
    assertTrue(in("1.4.0", "==1.4.*"));
    assertTrue(in("1.4", "==1.4.*"));
    assertFalse(in("1.40", "==1.4.*"));
    assertTrue(in("1.0+local", "==1.0"));
    assertFalse(in("1.0+local", "==1.0+other"));
    assertTrue(in("12.0.0", ">=12"));
    assertFalse(in("11.3.0", ">=12"));
    assertTrue(in("1.0", "!=1.1"));
    assertTrue(in("1.0", "===1.0"));
    assertFalse(in("1.0.0", "===1.0"));
  }

  @Test
  void rangesThatAreNotPep440AreRefused() {
    for (String bad : List.of("", "^1.2", ">=1,", "~=1", ">=1.*", "<1.0+local", "1.0")) {
      assertTrue(Pep440Range.parse(bad).isEmpty(), bad);
    }
  }
}
