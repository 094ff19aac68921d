package dev.unbuildpack.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueSearchTest {
  @Test
  void findsEachValueByItsName() throws Exception {
    ValueSearch search = new ValueSearch(Map.of("A", "alpha-value-1", "B", "bravo-value-2"));
    assertEquals(List.of("A"), search.find("x alpha-value-1 y"));
    assertEquals(List.of("A", "B"), search.find("bravo-value-2alpha-value-1"));
    assertEquals(List.of(), search.find("alpha-value-2 bravo-value"));
  }

  @Test
  void findsAValueThatSpansTwoReads() throws Exception {
    ValueSearch search = new ValueSearch(Map.of("T", "aab-aab-aac"));
    byte[] bytes = ("aab-aab-aab-aac" + "z".repeat(10)).getBytes(StandardCharsets.UTF_8);
    // A stream that hands out one byte per read: every boundary falls inside the value.
    InputStream trickle = new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    assertEquals(List.of("T"), search.find(trickle));
  }

  @Test
  void skipsValuesTooShortToSearchReliably() {
    assertTrue(new ValueSearch(Map.of("PIN", "1234567")).isEmpty());
  }
}
