package dev.unbuildpack.detect.python;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables Django settings files read, found by reading them as text: they are
 * never run. Covers os.environ / os.getenv, django-environ's env(...) and env.str(...) family,
 * python-decouple's config(...), and dj-database-url's config(), which reads DATABASE_URL.
 */
final class SettingsVariables {
  private static final Pattern READ = Pattern.compile(
      "(?:os\\.environ\\s*\\[\\s*|os\\.environ\\.get\\(\\s*|os\\.getenv\\(\\s*"
          + "|\\benv(?:\\.[a-z_]+)?\\(\\s*|\\bconfig\\(\\s*)['\"]([A-Z][A-Z0-9_]*)['\"]");
  private static final Pattern DATABASE_URL = Pattern.compile(
      "dj_database_url\\.(?:config|parse)\\(\\s*\\)|\\benv\\.db\\(\\s*\\)|dj_database_url\\.config\\((?![^)]*env\\s*=)");
  private static final int MAX_DEPTH = 3;

  private SettingsVariables() {}

  /** Each read as "NAME", at its file and line, in file order then line order. */
  static List<Declared> find(AppDir app) {
    List<Declared> found = new ArrayList<>();
    for (String file : settingsFiles(app, "", 0)) {
      app.read(file).ifPresent(text -> scan(file, text, found));
    }
    return found;
  }

  static void scan(String file, String text, List<Declared> found) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher read = READ.matcher(line);
      while (read.find()) {
        found.add(new Declared(read.group(1), Location.of(file, i + 1)));
      }
      if (DATABASE_URL.matcher(line).find()) {
        found.add(new Declared("DATABASE_URL", Location.of(file, i + 1)));
      }
    }
  }

  /** settings.py, *settings*.py and every .py of a "settings" package, up to three folders deep. */
  private static List<String> settingsFiles(AppDir app, String dir, int depth) {
    List<String> files = new ArrayList<>();
    for (String name : app.list(dir.isEmpty() ? "." : dir)) {
      String path = dir.isEmpty() ? name : dir + "/" + name;
      if (name.startsWith(".") || SourceWalk.SKIPPED.contains(name)) {
        continue;
      }
      if (app.isDirectory(path)) {
        if (depth < MAX_DEPTH) {
          files.addAll(settingsFiles(app, path, depth + 1));
        }
      } else if (name.endsWith(".py")
          && (name.contains("settings") || dir.endsWith("settings"))) {
        files.add(path);
      }
    }
    return files;
  }
}
