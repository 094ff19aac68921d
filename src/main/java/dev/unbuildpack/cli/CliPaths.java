package dev.unbuildpack.cli;

import dev.unbuildpack.app.AppDir;
import java.nio.file.Path;

/** How paths given on the command line are shown in reports. */
final class CliPaths {
  private CliPaths() {}

  /**
   * The app folder relative to the working directory (the repository root in CI), ending in '/',
   * or "" when the app is the working directory or lies outside it.
   */
  static String prefixOf(Path app) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path absolute = app.toAbsolutePath().normalize();
    if (!absolute.startsWith(cwd) || absolute.equals(cwd)) {
      return "";
    }
    return cwd.relativize(absolute).toString().replace('\\', '/') + "/";
  }

  /** A file relative to the app when it lies inside it, else as given. */
  static String shownPath(AppDir app, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      Path real = absolute.toRealPath();
      if (real.startsWith(app.root())) {
        return app.root().relativize(real).toString().replace('\\', '/');
      }
    } catch (java.io.IOException e) {
      // Not readable: shown as given; reading it reports the problem.
    }
    return file.toString();
  }
}
