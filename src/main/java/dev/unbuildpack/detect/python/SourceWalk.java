package dev.unbuildpack.detect.python;

import dev.unbuildpack.app.AppDir;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds files of the app by name, shallowest first, as the buildpack's 'find -maxdepth' does. */
final class SourceWalk {
  /** Folders that hold installed or generated code, never the app's own settings or modules. */
  static final Set<String> SKIPPED =
      Set.of("node_modules", "venv", "__pycache__", "site-packages", "staticfiles");

  private SourceWalk() {}

  /**
   * Paths of the files called {@code name} at most {@code maxDepth} folders below the root (0:
   * the root only), by depth, then by path.
   */
  static List<String> find(AppDir app, String name, int maxDepth) {
    List<String> found = new ArrayList<>();
    List<String> level = List.of("");
    for (int depth = 0; depth <= maxDepth && !level.isEmpty(); depth++) {
      List<String> next = new ArrayList<>();
      for (String dir : level) {
        for (String entry : app.list(dir.isEmpty() ? "." : dir)) {
          String path = dir.isEmpty() ? entry : dir + "/" + entry;
          if (entry.equals(name) && app.isFile(path)) {
            found.add(path);
          } else if (!entry.startsWith(".") && !SKIPPED.contains(entry) && app.isDirectory(path)) {
            next.add(path);
          }
        }
      }
      level = next;
    }
    return found;
  }
}
