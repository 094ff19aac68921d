package dev.unbuildpack.detect.python;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The environment variables Django settings files read, found by reading them as text: they are
 * never run. Covers os.environ / os.getenv, django-environ's env(...) and env.str(...) family,
 * python-decouple's config(...), and dj-database-url's config(), which reads DATABASE_URL.
 * A read is required when it raises without the variable: os.environ["X"], django-environ's
 * env("X") without default=, decouple's config("X") without a default (its second positional
 * argument or default=). os.environ.get, os.getenv and dj_database_url.config() yield None or
 * {} instead; django-environ's env.db() raises.
 */
final class SettingsVariables {
  private static final Pattern READ = Pattern.compile(
      "(os\\.environ\\s*\\[\\s*|os\\.environ\\.get\\(\\s*|os\\.getenv\\(\\s*"
          + "|\\benv(?:\\.[a-z_]+)?\\(\\s*|\\bconfig\\(\\s*)['\"]([A-Z][A-Z0-9_]*)['\"]");
  private static final Pattern OPTIONAL_DATABASE_URL = Pattern.compile(
      "dj_database_url\\.(?:config|parse)\\(\\s*\\)|dj_database_url\\.config\\((?![^)]*env\\s*=)");
  private static final Pattern REQUIRED_DATABASE_URL = Pattern.compile("\\benv\\.db\\(\\s*\\)");
  /** decouple's config(name, default): a second argument that is not a keyword argument. */
  private static final Pattern POSITIONAL_DEFAULT =
      Pattern.compile("\\s*,\\s*(?![A-Za-z_]\\w*\\s*=[^=])[^\\s)]");
  /** default= among a call's keyword arguments. */
  private static final Pattern DEFAULT_KEYWORD = Pattern.compile("\\bdefault\\s*=");
  private static final int MAX_DEPTH = 3;

  private SettingsVariables() {}

  /** Each read, at its file and line, in file order then line order. */
  static List<SettingsRead> find(AppDir app) {
    List<SettingsRead> found = new ArrayList<>();
    for (String file : settingsFiles(app, "", 0)) {
      app.read(file).ifPresent(text -> scan(file, text, found));
    }
    return found;
  }

  static void scan(String file, String text, List<SettingsRead> found) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.stripLeading().startsWith("#")) {
        continue;
      }
      Matcher read = READ.matcher(line);
      while (read.find()) {
        found.add(new SettingsRead(read.group(2), required(read.group(1), line, read.end()),
            Location.of(file, i + 1)));
      }
      if (REQUIRED_DATABASE_URL.matcher(line).find()) {
        found.add(new SettingsRead("DATABASE_URL", true, Location.of(file, i + 1)));
      } else if (OPTIONAL_DATABASE_URL.matcher(line).find()) {
        found.add(new SettingsRead("DATABASE_URL", false, Location.of(file, i + 1)));
      }
    }
  }

  /**
   * Whether the read that starts with {@code call} raises without the variable. The arguments
   * after the name are read up to the call's closing parenthesis on the same line; a call that
   * goes on to the next line is taken as it reads on this one.
   */
  private static boolean required(String call, String line, int afterName) {
    if (call.startsWith("os.")) {
      return call.contains("[");
    }
    String rest = arguments(line, afterName);
    if (DEFAULT_KEYWORD.matcher(rest).find()) {
      return false;
    }
    return !(call.startsWith("config") && POSITIONAL_DEFAULT.matcher(rest).lookingAt());
  }

  /** The text after the name up to the call's closing parenthesis (or the line's end). */
  private static String arguments(String line, int from) {
    int depth = 0;
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth == 0) {
          return line.substring(from, i);
        }
        depth--;
      }
    }
    return line.substring(from);
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
