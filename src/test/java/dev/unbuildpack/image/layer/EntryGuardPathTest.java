package dev.unbuildpack.image.layer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The fast path of entry-name normalisation takes only names it may return as they are. */
class EntryGuardPathTest {
  @ParameterizedTest(name = "\"{0}\" plain: {1}")
  @CsvSource(delimiter = '|', value = {
      "usr/lib/x.so | true",
      "usr/lib/ | true",
      "a | true",
      ".hidden/..dots/x. | true",
      "'' | false",
      "/ | false",
      "/etc/passwd | false",
      "./usr | false",
      "a//b | false",
      "a// | false",
      "a/./b | false",
      "a/. | false",
      "../x | false",
      "a/.. | false",
      "a/../b | false",
  })
  void onlyNamesWithoutEmptyDotOrDotDotSegmentsArePlain(String path, boolean plain) {
    assertEquals(plain, EntryGuard.isPlain(path));
  }
}
