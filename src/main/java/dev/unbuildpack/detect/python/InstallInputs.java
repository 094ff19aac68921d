package dev.unbuildpack.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the dependency install reads besides its manifests, with where it is declared. */
final class InstallInputs {
  static final String REQUIREMENTS = "requirements.txt";
  /** Options whose value is a file, and requirement forms that are paths of the app. */
  private static final Pattern FILE_OPTION = Pattern.compile(
      "^(?:-r|--requirement|-c|--constraint)(?:\\s*=?\\s*)(\\S+)");
  /** --find-links with a folder of the app rather than a URL. */
  private static final Pattern LOCAL_LINKS = Pattern.compile(
      "^(?:-f|--find-links)(?:\\s*=?\\s*)(?![a-z][a-z0-9+.-]*://)(\\S+)");
  private static final Pattern EDITABLE = Pattern.compile("^(?:-e|--editable)(?:\\s*=?\\s*)(\\S+)");
  private static final Pattern LOCAL_PATH = Pattern.compile(
      "^(?:\\.|\\.\\.|\\./\\S*|\\.\\./\\S*|/\\S*|file:\\S*|[^\\s:@]+\\.(?:whl|tar\\.gz|zip))(?:\\[.*\\])?(?:\\s.*)?$");

  private InstallInputs() {}

  /** Requirement lines (continuations joined) that name files of the app. */
  static List<Declared> requirements(String text) {
    List<Declared> inputs = new ArrayList<>();
    for (Declared line : lines(text)) {
      String value = line.value();
      var file = FILE_OPTION.matcher(value);
      var editable = EDITABLE.matcher(value);
      if (file.find() || LOCAL_LINKS.matcher(value).find()) {
        inputs.add(new Declared(value, line.at()));
      } else if (editable.find()) {
        if (!editable.group(1).contains("://") && !editable.group(1).startsWith("git+")) {
          inputs.add(new Declared(value, line.at()));
        }
      } else if (LOCAL_PATH.matcher(value).matches()) {
        inputs.add(new Declared(value, line.at()));
      }
    }
    return inputs;
  }

  /** Editable requirement lines: their .pth files hold absolute paths. */
  static List<Declared> editable(String text) {
    return lines(text).stream().filter(l -> EDITABLE.matcher(l.value()).find()).toList();
  }

  /** Non-blank, non-comment lines, "\" continuations joined, each at its first line. */
  static List<Declared> lines(String text) {
    List<Declared> lines = new ArrayList<>();
    String[] all = text.split("\r?\n", -1);
    StringBuilder joined = new StringBuilder();
    int start = 0;
    for (int i = 0; i < all.length; i++) {
      String line = all[i];
      if (joined.isEmpty()) {
        start = i;
      }
      int comment = line.indexOf(" #");
      if (line.stripLeading().startsWith("#")) {
        line = "";
      } else if (comment >= 0) {
        line = line.substring(0, comment);
      }
      if (line.endsWith("\\")) {
        joined.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      joined.append(line);
      String value = joined.toString().strip();
      joined.setLength(0);
      if (!value.isEmpty()) {
        lines.add(new Declared(value, Location.of(REQUIREMENTS, start + 1)));
      }
    }
    return lines;
  }

  /** Pipfile.lock packages installed from a path of the app ("path": "."). */
  static List<Declared> pipfileLock(JsonNode lock) {
    List<Declared> inputs = new ArrayList<>();
    JsonNode packages = lock.path("default");
    packages.fields().forEachRemaining(entry -> {
      if (entry.getValue().has("path")) {
        inputs.add(new Declared(entry.getKey() + " from path "
            + entry.getValue().path("path").asText(), Location.of("Pipfile.lock")));
      }
    });
    return inputs;
  }

  /**
   * The project itself, when the manager installs it: Poetry unless [tool.poetry] package-mode is
   * false; uv when pyproject.toml has a [build-system] or [tool.uv] package = true, unless that is
   * false.
   */
  static Optional<Declared> project(String manager, TomlFile toml, String text) {
    JsonNode pyproject = toml.root();
    String file = "pyproject.toml";
    if (manager.equals("poetry")) {
      JsonNode mode = pyproject.path("tool").path("poetry").path("package-mode");
      if (mode.isBoolean() && !mode.asBoolean()) {
        return Optional.empty();
      }
      return Optional.of(new Declared("Poetry installs the project itself (package-mode is not"
          + " false)", Location.of(file, lineOf(text, "name"))));
    }
    if (manager.equals("uv")) {
      JsonNode packaged = pyproject.path("tool").path("uv").path("package");
      boolean installs = packaged.isBoolean() ? packaged.asBoolean()
          : pyproject.has("build-system");
      if (installs) {
        return Optional.of(new Declared("uv installs the project itself (pyproject.toml has a"
            + " build system)", packaged.isBoolean() ? Location.of(file, lineOf(text, "package"))
                : toml.table("build-system")));
      }
    }
    return Optional.empty();
  }

  /** The 1-based line of the first line that starts with {@code key} (then spaces and '='). */
  static int lineOf(String text, String key) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].stripLeading();
      if (line.startsWith(key) && line.substring(key.length()).stripLeading().startsWith("=")) {
        return i + 1;
      }
    }
    return 1;
  }
}
