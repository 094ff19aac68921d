package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SavedImageTest {
  @Test
  void findsATextThatStraddlesTwoChunks() throws Exception {
    byte[] data = new byte[(1 << 20) + 100];
    byte[] needle = "needle-straddling".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(needle, 0, data, (1 << 20) - 5, needle.length);

    assertEquals(Set.of("needle-straddling"),
        SavedImage.found(new ByteArrayInputStream(data), List.of("needle-straddling")));
  }

  @Test
  void reportsOnlyTheTextsThatOccur() throws Exception {
    byte[] data = new byte[3 << 20];
    byte[] here = "här".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(here, 0, data, 2 << 20, here.length);

    assertEquals(Set.of("här"),
        SavedImage.found(new ByteArrayInputStream(data), List.of("nx", "här", "hä r")));
  }
}
