package dev.unbuildpack.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of output files all or nothing. Every target is checked before anything is
 * written (an existing file is refused unless {@code force}); each file is first written to a
 * temporary sibling and then moved into place atomically, so a reader never sees half a file and a
 * failure leaves the user's files as they were.
 */
public final class AtomicWriter {
  private final boolean force;
  private final List<String> fixesWhenRefused;

  private AtomicWriter(boolean force, List<String> fixesWhenRefused) {
    this.force = force;
    this.fixesWhenRefused = List.copyOf(fixesWhenRefused);
  }

  /** For commands that write a set of files into a folder (--output DIR, --dry-run). */
  public static AtomicWriter forOutputDirectory(boolean force) {
    return new AtomicWriter(force, List.of(
        "Pass --force to replace them.",
        "Or pass --output DIR to write somewhere else.",
        "Or pass --dry-run to print the files instead."));
  }

  /** For commands that print a report, or write it to --output FILE. */
  public static AtomicWriter forOutputFile(boolean force) {
    return new AtomicWriter(force, List.of(
        "Pass --force to replace it.",
        "Or pass another --output FILE.",
        "Or leave out --output to print the report."));
  }

  /** Writes one file; see {@link #writeAll(Map)}. */
  public void write(Path target, String content) {
    writeAll(Map.of(target, content));
  }

  /** Writes every (path, UTF-8 text) pair, or none of them. */
  public void writeAll(Map<Path, String> files) {
    Map<Path, String> ordered = new LinkedHashMap<>(files);
    refuseExisting(ordered.keySet());
    List<Path[]> staged = new ArrayList<>();
    try {
      for (Map.Entry<Path, String> file : ordered.entrySet()) {
        Path target = file.getKey().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        staged.add(new Path[] {temp, target});
        Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
      }
      for (Path[] move : staged) {
        moveIntoPlace(move[0], move[1]);
      }
    } catch (IOException e) {
      throw new BadInputException(
          "Could not write the output files",
          Location.of(e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null
              ? fse.getFile() : String.valueOf(ordered.keySet())),
          e.getMessage(),
          List.of("Check that the output directory exists and is writable."),
          e);
    } finally {
      for (Path[] move : staged) {
        deleteQuietly(move[0]);
      }
    }
  }

  /**
   * Fails (exit code 3) when a target exists and force is off. Commands that work a while before
   * writing call it first, so a refusal costs nothing; writing checks again.
   */
  public void refuseExisting(Iterable<Path> targets) {
    if (force) {
      return;
    }
    List<String> existing = new ArrayList<>();
    for (Path target : targets) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        existing.add(target.toString());
      }
    }
    if (!existing.isEmpty()) {
      throw new BadInputException(
          existing.size() == 1
              ? "Refusing to overwrite an existing file"
              : "Refusing to overwrite " + existing.size() + " existing files",
          Location.of(String.join(", ", existing)),
          "unbuildpack never replaces a file unless you ask it to.",
          fixesWhenRefused);
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // A leftover temporary file is harmless; the real outputs are already in place or untouched.
    }
  }
}
