package dev.unbuildpack.check;

import dev.unbuildpack.app.AppDir;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * The app's .dockerignore: which context paths never reach the builder. Patterns are globs
 * relative to the context root, a '!' line re-includes, the last matching line wins, and
 * excluding a folder excludes everything in it (the rules of the Docker build context docs).
 */
final class DockerIgnore {
  private record Line(PathMatcher matcher, boolean include) {}

  private final List<Line> lines;

  private DockerIgnore(List<Line> lines) {
    this.lines = lines;
  }

  static DockerIgnore of(AppDir app) {
    List<Line> lines = new ArrayList<>();
    for (String raw : app.read(".dockerignore").orElse("").split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      boolean include = line.startsWith("!");
      String pattern = (include ? line.substring(1) : line).strip()
          .replaceAll("^(\\./)+", "").replaceAll("^/+", "").replaceAll("/+$", "");
      lines.add(new Line(FileSystems.getDefault().getPathMatcher("glob:" + pattern), include));
    }
    return new DockerIgnore(lines);
  }

  boolean excludes(String file) {
    boolean excluded = false;
    for (Line line : lines) {
      if (matchesItselfOrAParent(line.matcher(), Path.of(file))) {
        excluded = !line.include();
      }
    }
    return excluded;
  }

  private static boolean matchesItselfOrAParent(PathMatcher matcher, Path file) {
    for (Path path = file; path != null; path = path.getParent()) {
      if (matcher.matches(path)) {
        return true;
      }
    }
    return false;
  }
}
