package dev.unbuildpack.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.ExitCode;
import org.junit.jupiter.api.Test;

class ImageMapTest {
  private static final String MAP =
      """
      # mirrors for the office network
      node:*-bookworm-slim = mirror.example.com/library/node:*-bookworm-slim   # runtime

      node:* = unbuildpack-test/node-standin:bookworm
      postgres:17-bookworm = mirror.example.com/postgres:17
      """;

  @Test
  void rewritesWithWhatTheStarMatched() {
    ImageRef ref = ImageMap.parse(MAP, "map.txt").apply("node:24.19.0-bookworm-slim");
    assertEquals(
        new ImageRef(
            "mirror.example.com/library/node:24.19.0-bookworm-slim",
            "node:24.19.0-bookworm-slim",
            "line 2"),
        ref);
  }

  @Test
  void firstMatchingLineWins() {
    ImageRef ref = ImageMap.parse(MAP, "map.txt").apply("node:24.19.0-bookworm");
    assertEquals("unbuildpack-test/node-standin:bookworm", ref.reference());
    assertEquals("line 4", ref.mappedBy());
  }

  @Test
  void patternsMatchWholeReferencesOnly() {
    ImageMap map = ImageMap.parse(MAP, "map.txt");
    assertFalse(map.apply("postgres:17-bookworm-extra").isMapped());
    assertFalse(map.apply("docker.io/library/node:24").isMapped());
    assertEquals("redis:7-bookworm", map.apply("redis:7-bookworm").reference());
  }

  @Test
  void emptyAndCommentOnlyMapsRewriteNothing() {
    assertFalse(ImageMap.parse("# nothing\n\n", "m").apply("node:24").isMapped());
    assertFalse(ImageMap.empty().apply("node:24").isMapped());
  }

  @Test
  void aLineWithoutEqualsIsBadInputAtItsLine() {
    BadInputException e =
        assertThrows(
            BadInputException.class,
            () -> ImageMap.parse("# ok\nnode:* unbuildpack-test/x\n", "maps/image.map"));
    assertEquals(ExitCode.BAD_INPUT, e.exitCode());
    assertEquals("The image map has an invalid line", e.title());
    assertEquals("maps/image.map:2", e.location().orElseThrow().toString());
    assertEquals(
        "line 2: expected PATTERN = REPLACEMENT, found no '=' (\"node:* unbuildpack-test/x\").",
        e.why().orElseThrow());
  }

  @Test
  void everyBadLineIsReportedAndTheFirstIsTheLocation() {
    String text =
        """
        node:* = a/b:*:*
        = x
        node:*-slim = has space
        redis:* = r/*
        redis:* = other
        """;
    BadInputException e = assertThrows(BadInputException.class, () -> ImageMap.parse(text, "m"));
    assertEquals("The image map has 4 invalid lines", e.title());
    assertEquals("m:1", e.location().orElseThrow().toString());
    assertEquals(
        "line 1: the replacement has 2 '*' but the pattern has 1; use none or the same number"
            + " (\"node:* = a/b:*:*\"); line 2: the pattern is empty (\"= x\"); line 3: 'has"
            + " space' is not an image reference (letters, digits and . _ / : @ - * only)"
            + " (\"node:*-slim = has space\"); line 5: the same pattern appears on an earlier"
            + " line, so this line would never apply (\"redis:* = other\").",
        e.why().orElseThrow());
  }

  @Test
  void aReplacementWithoutStarsReplacesEverythingItMatches() {
    ImageMap map = ImageMap.parse("node:* = standin:latest\n", "m");
    assertEquals("standin:latest", map.apply("node:22.1.0-bookworm").reference());
  }
}
