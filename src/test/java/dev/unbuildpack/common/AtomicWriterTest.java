package dev.unbuildpack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
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
    assertEquals(List.of("Dockerfile"), listing());
  }

  @Test
  void aFolderInTheWayOfALaterTargetStopsEverythingBeforeAnyWrite() throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), "mine");
    Files.createDirectory(dir.resolve("compose.yaml"));
    Map<Path, String> files = fourFiles();

    BadInputException e = assertThrows(BadInputException.class,
        () -> AtomicWriter.forOutputDirectory(true).writeAll(files));

    assertTrue(e.title().contains("a folder of that name is in the way"), e.title());
    assertEquals("mine", Files.readString(dir.resolve("Dockerfile")));
    assertEquals(List.of("Dockerfile", "compose.yaml"), listing());
  }

  @Test
  void aMoveFailingPartWayRestoresEveryEarlierTarget() throws Exception {
    Files.writeString(dir.resolve("Dockerfile"), "mine");
    Files.writeString(dir.resolve(".dockerignore"), "my ignores");
    AtomicInteger moves = new AtomicInteger();
    // Moves: Dockerfile aside, Dockerfile in, .dockerignore aside, .dockerignore in, compose in...
    AtomicWriter writer = new AtomicWriter(true, List.of(), (from, to) -> {
      if (moves.incrementAndGet() == 5) {
        throw new IOException("disk full (injected)");
      }
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    });

    BadInputException e = assertThrows(BadInputException.class, () -> writer.writeAll(fourFiles()));

    assertEquals(5, moves.get(), "the failure must come after earlier targets were replaced");
    assertTrue(e.why().orElseThrow().contains("no output file was changed"), e.why().toString());
    assertEquals("mine", Files.readString(dir.resolve("Dockerfile")));
    assertEquals("my ignores", Files.readString(dir.resolve(".dockerignore")));
    assertEquals(List.of(".dockerignore", "Dockerfile"), listing(), "no new file, no temp, no backup");
  }

  @Test
  void aFailureInAFolderItCreatedRemovesThatFolder() throws Exception {
    Path out = dir.resolve("new/out");
    AtomicInteger moves = new AtomicInteger();
    AtomicWriter writer = new AtomicWriter(false, List.of(), (from, to) -> {
      if (moves.incrementAndGet() == 2) {
        throw new IOException("injected");
      }
      Files.move(from, to);
    });
    Map<Path, String> files = new TreeMap<>(Map.of(out.resolve("a"), "a", out.resolve("b"), "b"));

    assertThrows(BadInputException.class, () -> writer.writeAll(files));

    assertEquals(List.of(), listing());
  }

  @Test
  void aTargetUnderAFileIsRefusedBeforeWriting() throws Exception {
    Files.writeString(dir.resolve("file"), "x");
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve("Dockerfile"), "FROM x\n");
    files.put(dir.resolve("file/compose.yaml"), "services: {}\n");

    BadInputException e = assertThrows(BadInputException.class,
        () -> AtomicWriter.forOutputDirectory(false).writeAll(files));

    assertTrue(e.why().orElseThrow().contains("is not a folder"), e.why().toString());
    assertEquals(List.of("file"), listing());
  }

  @Test
  void aDeviceOrPipeIsNeverReplacedEvenWithForce() throws Exception {
    Path fifo = dir.resolve("report.md");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    Map<Path, String> files = new LinkedHashMap<>();
    files.put(dir.resolve("Dockerfile"), "FROM x\n");
    files.put(fifo, "report");

    BadInputException e = assertThrows(BadInputException.class,
        () -> AtomicWriter.forOutputFile(true).writeAll(files));

    assertEquals("Cannot write report.md: it is a FIFO (named pipe), not a file", e.title());
    assertTrue(!Files.isRegularFile(fifo) && Files.exists(fifo), "the FIFO stays");
    assertEquals(List.of("report.md"), listing());
  }

  private Map<Path, String> fourFiles() {
    Map<Path, String> files = new LinkedHashMap<>();
    for (String name : List.of("Dockerfile", ".dockerignore", "compose.yaml", "report.md")) {
      files.put(dir.resolve(name), "new " + name);
    }
    return files;
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
