package dev.unbuildpack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoundedReadTest {
  @TempDir Path dir;

  @Test
  void readsARegularFileWithinItsLimit() throws Exception {
    Path file = Files.writeString(dir.resolve("map.txt"), "node:* = x\n");
    assertEquals("node:* = x\n", BoundedRead.text(file, ReadLimit.IMAGE_MAP, "map.txt"));
  }

  @Test
  void refusesAFileOverTheLimitBeforeReadingIt() throws Exception {
    Path big = dir.resolve("big.json");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(3L << 30); // 3 GiB, sparse: reading it would exhaust the heap
    }
    BadInputException e = assertThrows(BadInputException.class,
        () -> BoundedRead.text(big, ReadLimit.DETECTION, "big.json"));
    assertEquals("Refusing to read big.json: it is larger than the limit for a saved detection"
        + " (--detection)", e.title());
    assertEquals("It has 3221225472 bytes; the limit for a saved detection (--detection) is 16 MiB"
        + " (README.md, Limits), which keeps memory bounded.", e.why().orElseThrow());
  }

  @Test
  void refusesAFifoAtOnceInsteadOfWaitingForAWriter() throws Exception {
    Path fifo = dir.resolve("fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
        "mkfifo is needed to make a FIFO");
    BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () ->
        assertThrows(BadInputException.class,
            () -> BoundedRead.text(fifo, ReadLimit.DOCKERFILE, "fifo")));
    assertEquals("Refusing to read fifo: it is a FIFO (named pipe), not a regular file",
        e.title());
  }

  @Test
  void refusesADeviceThatWouldStreamForever() {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.exists(zero));
    BadInputException e = assertThrows(BadInputException.class,
        () -> BoundedRead.text(zero, ReadLimit.INVENTORY, "/dev/zero"));
    assertEquals("Refusing to read /dev/zero: it is a character device, not a regular file",
        e.title());
  }

  @Test
  void aStreamLongerThanTheLimitIsRefusedAfterReadingOnlyTheLimit() {
    ReadLimit limit = ReadLimit.IMAGE_MAP;
    byte[] data = new byte[(int) limit.bytes() + 10];
    ByteArrayInputStream in = new ByteArrayInputStream(data);
    BadInputException e = assertThrows(BadInputException.class,
        () -> BoundedRead.bytes(in, limit, "blob"));
    assertTrue(e.why().orElseThrow().contains("more than 1048576 bytes"), e.why().toString());
    assertEquals(9, in.available(), "reads the limit plus one byte, no more");
  }

  @Test
  void invalidUtf8IsBadInput() throws Exception {
    Path file = Files.write(dir.resolve("x"), new byte[] {'a', (byte) 0xff});
    BadInputException e = assertThrows(BadInputException.class,
        () -> BoundedRead.text(file, ReadLimit.APP_FILE, "x"));
    assertEquals("The file is not valid UTF-8 text", e.title());
  }
}
