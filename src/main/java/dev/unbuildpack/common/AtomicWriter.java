package dev.unbuildpack.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of output files all or nothing.
 *
 * <ol>
 *   <li>Every target is checked before anything is written: an existing file is refused unless
 *       {@code force}; a target that is a folder, a device, a pipe or a socket, or whose folder is
 *       not a writable folder, is refused always.
 *   <li>Every file is staged in full as a temporary sibling of its target.
 *   <li>The staged files are moved into place one after another; a file being replaced is first
 *       moved aside as a backup. If any move fails, the moves already made are undone (backups
 *       moved back, new files removed), so the user's folder is as it was.
 * </ol>
 *
 * A reader never sees half a file, and a failure part-way leaves no target changed.
 */
public final class AtomicWriter {
  /** Moves one file to another path; tests swap it to fail part-way. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  private final boolean force;
  private final List<String> fixesWhenRefused;
  private final Mover mover;

  AtomicWriter(boolean force, List<String> fixesWhenRefused, Mover mover) {
    this.force = force;
    this.fixesWhenRefused = List.copyOf(fixesWhenRefused);
    this.mover = mover;
  }

  /** For commands that write a set of files into a folder (--output DIR, --dry-run). */
  public static AtomicWriter forOutputDirectory(boolean force) {
    return new AtomicWriter(force, List.of(
        "Pass --force to replace them.",
        "Or pass --output DIR to write somewhere else.",
        "Or pass --dry-run to print the files instead."), AtomicWriter::moveReplacing);
  }

  /** For commands that print a report, or write it to --output FILE. */
  public static AtomicWriter forOutputFile(boolean force) {
    return new AtomicWriter(force, List.of(
        "Pass --force to replace it.",
        "Or pass another --output FILE.",
        "Or leave out --output to print the report."), AtomicWriter::moveReplacing);
  }

  /** Writes one file; see {@link #writeAll(Map)}. */
  public void write(Path target, String content) {
    writeAll(Map.of(target, content));
  }

  /** Writes every (path, UTF-8 text) pair, or none of them. */
  public void writeAll(Map<Path, String> files) {
    Map<Path, String> ordered = new LinkedHashMap<>();
    files.forEach((path, text) -> ordered.put(path.toAbsolutePath().normalize(), text));
    refuseExisting(ordered.keySet());
    refuseUnwritable(ordered.keySet());
    Deque<Path> createdFolders = new ArrayDeque<>();
    List<Staged> staged = new ArrayList<>();
    Deque<Staged> moved = new ArrayDeque<>();
    boolean committed = false;
    try {
      for (Map.Entry<Path, String> file : ordered.entrySet()) {
        Path target = file.getKey();
        createFolders(target.getParent(), createdFolders);
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        Staged stage = new Staged(temp, target);
        staged.add(stage);
        Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
      }
      for (Staged stage : staged) {
        moved.push(stage);
        if (Files.exists(stage.target, LinkOption.NOFOLLOW_LINKS)) {
          stage.backup = Files.createTempFile(
              stage.target.getParent(), "." + stage.target.getFileName(), ".bak");
          mover.move(stage.target, stage.backup);
          stage.backedUp = true;
        }
        mover.move(stage.temp, stage.target);
        stage.placed = true;
      }
      committed = true;
    } catch (IOException | RuntimeException e) {
      List<String> notRestored = rollBack(moved);
      throw failed(ordered.keySet(), e, notRestored);
    } finally {
      for (Staged stage : staged) {
        deleteQuietly(stage.temp);
        if (stage.backup != null && (committed || !stage.backedUp)) {
          deleteQuietly(stage.backup);
        }
      }
      if (!committed) {
        createdFolders.forEach(AtomicWriter::deleteQuietly); // innermost first; only if empty
      }
    }
  }

  /**
   * Fails (exit code 3) when a target exists and force is off. Commands that work a while before
   * writing call it first, so a refusal costs nothing; writing checks again.
   */
  public void refuseExisting(Iterable<Path> targets) {
    List<String> existing = new ArrayList<>();
    for (Path target : targets) {
      if (Files.isDirectory(target)) {
        throw new BadInputException(
            "Cannot write " + target.getFileName() + ": a folder of that name is in the way",
            Location.of(target.toString()),
            "The output file would replace a folder; unbuildpack never deletes one. Nothing was"
                + " written.",
            List.of("Move or rename the folder, or pass --output to write somewhere else."));
      }
      BasicFileAttributes attributes = attributesOf(target);
      if (attributes == null) {
        continue;
      }
      if (attributes.isOther()) {
        throw new BadInputException(
            "Cannot write " + target.getFileName() + ": it is "
                + BoundedRead.kindOf(target, attributes) + ", not a file",
            Location.of(target.toString()),
            "unbuildpack replaces only regular files; a device, pipe or socket is never touched."
                + " Nothing was written.",
            List.of("Pass --output with a regular file or folder."));
      }
      existing.add(target.toString());
    }
    if (!force && !existing.isEmpty()) {
      throw new BadInputException(
          existing.size() == 1
              ? "Refusing to overwrite an existing file"
              : "Refusing to overwrite " + existing.size() + " existing files",
          Location.of(String.join(", ", existing)),
          "unbuildpack never replaces a file unless you ask it to.",
          fixesWhenRefused);
    }
  }

  /** The target's own attributes (a link is not followed), or null when nothing is there. */
  private static BasicFileAttributes attributesOf(Path target) {
    try {
      return Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException e) {
      return null;
    }
  }

  /** Every target's nearest existing folder must be a folder we may write in. */
  private static void refuseUnwritable(Iterable<Path> targets) {
    for (Path target : targets) {
      Path folder = target.getParent();
      while (folder != null && !Files.exists(folder)) {
        folder = folder.getParent();
      }
      if (folder == null || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
        throw new BadInputException(
            "Cannot write " + target.getFileName(),
            Location.of(target.toString()),
            (folder == null ? "No part of its folder exists"
                : folder + (Files.isDirectory(folder) ? " is not writable" : " is not a folder"))
                + "; nothing was written.",
            List.of("Pass --output with a folder you can write to."));
      }
    }
  }

  private static void createFolders(Path folder, Deque<Path> created) throws IOException {
    Deque<Path> missing = new ArrayDeque<>();
    for (Path f = folder; f != null && !Files.exists(f); f = f.getParent()) {
      missing.push(f);
    }
    for (Path f : missing) {
      try {
        Files.createDirectory(f);
        created.push(f);
      } catch (FileAlreadyExistsException e) {
        // Another writer (convert --each converts apps in parallel) made it meanwhile: it is
        // theirs, not ours to remove on a roll-back.
        if (!Files.isDirectory(f)) {
          throw e;
        }
      }
    }
  }

  /** Undoes the moves made so far, newest first; returns the targets it could not restore. */
  private static List<String> rollBack(Deque<Staged> moved) {
    List<String> notRestored = new ArrayList<>();
    for (Staged stage : moved) {
      try {
        if (stage.placed) {
          Files.deleteIfExists(stage.target);
        }
        if (stage.backedUp) {
          moveReplacing(stage.backup, stage.target);
          stage.backedUp = false;
        }
      } catch (IOException e) {
        notRestored.add(stage.target + (stage.backedUp ? " (saved as " + stage.backup + ")" : ""));
      }
    }
    return notRestored;
  }

  private static BadInputException failed(
      Iterable<Path> targets, Exception e, List<String> notRestored) {
    String file = e instanceof FileSystemException fse && fse.getFile() != null
        ? fse.getFile() : String.valueOf(targets);
    String why = e.getMessage() + (notRestored.isEmpty()
        ? "; no output file was changed."
        : "; these could not be restored: " + String.join(", ", notRestored) + ".");
    return new BadInputException(
        "Could not write the output files", Location.of(file), why,
        List.of("Check that the output folder is writable and has free space."), e);
  }

  private static void moveReplacing(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // A leftover temporary file is harmless; the real outputs are already in place or untouched.
    }
  }

  /** One file on its way: where it is staged, where it goes, and the backup of what it replaces. */
  private static final class Staged {
    final Path temp;
    final Path target;
    Path backup;
    /** The replaced file now sits at {@code backup}. */
    boolean backedUp;
    /** The new file now sits at {@code target}. */
    boolean placed;

    Staged(Path temp, Path target) {
      this.temp = temp;
      this.target = target;
    }
  }
}
