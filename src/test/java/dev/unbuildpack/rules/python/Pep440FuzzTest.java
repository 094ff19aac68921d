package dev.unbuildpack.rules.python;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;

/**
 * Fuzz test of the PEP 440 comparator: any text parses or is refused without an exception, the
 * order is antisymmetric and reflexive, a version's normal form reads back as an equal version,
 * and every specifier set that parses can judge any version. A plain test run replays the inputs
 * under Pep440FuzzTestInputs/; {@code -Pfuzz} fuzzes.
 */
class Pep440FuzzTest {

  @FuzzTest
  void versionsAndRanges(FuzzedDataProvider data) {
    String a = data.consumeString(60);
    String b = data.consumeString(60);
    String range = data.consumeRemainingAsString();
    Optional<Pep440Version> first = Pep440Version.parse(a);
    Optional<Pep440Version> second = Pep440Version.parse(b);
    if (first.isPresent()) {
      Pep440Version v = first.get();
      check(v.compareTo(v) == 0, "reflexive: " + a);
      Pep440Version again = Pep440Version.parse(v.toString())
          .orElseThrow(() -> new AssertionError("normal form unreadable: " + v));
      check(again.compareTo(v) == 0, "normal form differs: " + a + " -> " + v);
    }
    if (first.isPresent() && second.isPresent()) {
      int ab = Integer.signum(first.get().compareTo(second.get()));
      int ba = Integer.signum(second.get().compareTo(first.get()));
      check(ab == -ba, "antisymmetric: " + a + " / " + b);
    }
    Optional<Pep440Range> specifiers = Pep440Range.parse(range);
    if (specifiers.isPresent()) {
      first.ifPresent(specifiers.get()::contains);
      second.ifPresent(specifiers.get()::contains);
    }
  }

  private static void check(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError(what);
    }
  }
}
