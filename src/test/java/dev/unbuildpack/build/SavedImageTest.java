package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SavedImageTest {
  @Test
  void findsANeedleThatStraddlesTwoChunks() throws Exception {
    byte[] data = new byte[(1 << 20) + 100];
    byte[] needle = "needle-straddling".getBytes(StandardCharsets.UTF_8);
    System.arraycopy(needle, 0, data, (1 << 20) - 5, needle.length);

    assertTrue(SavedImage.contains(new ByteArrayInputStream(data), needle));
  }

  @Test
  void doesNotFindWhatIsNotThere() throws Exception {
    byte[] data = new byte[3 << 20];
    data[5] = 'n';

    assertFalse(SavedImage.contains(new ByteArrayInputStream(data), "nx".getBytes(StandardCharsets.UTF_8)));
  }
}
