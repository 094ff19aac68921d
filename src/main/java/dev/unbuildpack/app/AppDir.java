package dev.unbuildpack.app;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.ReadLimit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of an app directory that never reads outside it. Every path is resolved with
 * its symlinks followed ({@link Path#toRealPath}); a file whose real location is outside the app's
 * real root is reported, never read. Paths given to and returned by this class are relative to
 * the app root and use '/'.
 */
public final class AppDir {
  private final Path root;
  private final List<String> refusedLinks = new ArrayList<>();

  private AppDir(Path root) {
    this.root = root;
  }

  /** Opens an app directory, or fails with exit code 3 when it does not exist or is no folder. */
  public static AppDir open(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new BadInputException(
          Files.exists(dir) ? "The app path is not a directory" : "The app directory does not exist",
          Location.of(dir.toString()),
          null,
          List.of("Pass the root folder of the app (the one with package.json or Procfile)."));
    }
    try {
      return new AppDir(dir.toRealPath());
    } catch (IOException e) {
      throw new BadInputException(
          "Cannot read the app directory", Location.of(dir.toString()), e.getMessage(),
          List.of("Check the path and its permissions."), e);
    }
  }

  public Path root() {
    return root;
  }

  /** The app folder's own name, for titles; "/" for the file system root, which has none. */
  public String name() {
    Path name = root.getFileName();
    return name == null ? root.toString() : name.toString();
  }

  /** True when the file exists inside the app (after following links) and is a regular file. */
  public boolean isFile(String relative) {
    return resolveInside(relative).map(Files::isRegularFile).orElse(false);
  }

  public boolean isDirectory(String relative) {
    return resolveInside(relative).map(Files::isDirectory).orElse(false);
  }

  /**
   * The file's text (UTF-8), or empty when it is absent, a folder, or points outside the app. A
   * FIFO, device or socket, or a file over {@link ReadLimit#APP_FILE}, is bad input: it is refused
   * before anything is read.
   */
  public Optional<String> read(String relative) {
    Optional<Path> path = resolveInside(relative).filter(p -> !Files.isDirectory(p));
    return path.map(p -> BoundedRead.text(p, ReadLimit.APP_FILE, relative));
  }

  /** Names of the entries directly in a folder of the app, sorted; empty when it is absent. */
  public List<String> list(String relativeDir) {
    Optional<Path> dir = resolveInside(relativeDir).filter(Files::isDirectory);
    if (dir.isEmpty()) {
      return List.of();
    }
    try (var entries = Files.list(dir.get())) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new BadInputException(
          "Cannot list a folder of the app", Location.of(relativeDir), e.getMessage(),
          List.of("Check the folder's permissions."), e);
    }
  }

  /**
   * Links that pointed outside the app and were therefore not followed, in the order met. The
   * detector turns them into findings so the user knows what was skipped.
   */
  public List<String> refusedLinks() {
    return List.copyOf(refusedLinks);
  }

  private Optional<Path> resolveInside(String relative) {
    Path candidate = root.resolve(relative).normalize();
    if (!candidate.startsWith(root)) {
      refuse(relative);
      return Optional.empty();
    }
    if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    try {
      Path real = candidate.toRealPath();
      if (!real.startsWith(root)) {
        refuse(relative);
        return Optional.empty();
      }
      return Optional.of(real);
    } catch (IOException e) {
      // A dangling link: nothing to read.
      return Optional.empty();
    }
  }

  private void refuse(String relative) {
    if (!refusedLinks.contains(relative)) {
      refusedLinks.add(relative);
    }
  }
}
