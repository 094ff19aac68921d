package dev.unbuildpack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @TempDir Path dir;

  @Test
  void refusesToOverwriteAndWritesNothingAtAll() throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), "mine");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve(".dockerignore"), "node_modules\n");
    files.put(dir.resolve("Dockerfile"), "FROM x\n");

    BadInputException e =
        assertThrows(BadInputException.class, () -> AtomicWriter.forOutputDirectory(false).writeAll(files));

    assertEquals(3, e.exitCode());
    assertEquals("mine", Files.readString(dir.resolve("Dockerfile")));
    assertFalse(Files.exists(dir.resolve(".dockerignore")), "nothing may be written");
    try (var left = Files.list(dir)) {
      assertEquals(1, left.count(), "no temporary files may remain");
    }
  }

  @Test
  void overwritesWithForce() throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), "mine");
    AtomicWriter.forOutputDirectory(true).write(dir.resolve("Dockerfile"), "FROM x\n");
    assertEquals("FROM x\n", Files.readString(dir.resolve("Dockerfile")));
  }
}
