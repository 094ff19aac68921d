package dev.unbuildpack.check;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.SecretMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds literal credentials in the app's configuration files (the patterns of
 * rules/check/data/credentials.toml). Folders of installed dependencies and VCS data are skipped: they
 * are not the app's own configuration and can be huge.
 */
final class CredentialScanner {
  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", "node_modules", "vendor", ".venv", "venv", "__pycache__", "target", ".yarn");
  private static final int MAX_DEPTH = 6;
  // ${NAME}, $NAME, ${env.NAME}, %(NAME)s: a reference, resolved from the environment at build time.
  private static final Pattern REFERENCE =
      Pattern.compile("^\\$\\{[^}]+}$|^\\$[A-Za-z_][A-Za-z0-9_]*$|^%\\([A-Za-z_]+\\)s$");

  private final AppDir app;
  private final List<CredentialPattern> patterns;

  CredentialScanner(AppDir app, List<CredentialPattern> patterns) {
    this.app = app;
    this.patterns = patterns;
  }

  List<Credential> scan() {
    List<Credential> found = new ArrayList<>();
    walk("", 0, found);
    return found;
  }

  private void walk(String dir, int depth, List<Credential> found) {
    for (String name : app.list(dir.isEmpty() ? "." : dir)) {
      String path = dir.isEmpty() ? name : dir + "/" + name;
      if (app.isDirectory(path)) {
        if (depth < MAX_DEPTH && !SKIPPED_DIRS.contains(name)) {
          walk(path, depth + 1, found);
        }
      } else if (patterns.stream().anyMatch(p -> p.appliesTo(name))) {
        scanFile(path, name, found);
      }
    }
  }

  private void scanFile(String path, String name, List<Credential> found) {
    List<CredentialPattern> applicable = patterns.stream().filter(p -> p.appliesTo(name)).toList();
    String[] lines = app.read(path).orElse("").split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      for (CredentialPattern pattern : applicable) {
        Matcher match = pattern.regex().matcher(lines[i]);
        while (match.find()) {
          String value = match.group("value");
          if (!isReference(value)) {
            found.add(new Credential(path, i + 1, pattern.what(), pattern.fix(),
                SecretMask.fingerprint(value)));
          }
        }
      }
    }
  }

  static boolean isReference(String value) {
    return REFERENCE.matcher(value).matches() || value.contains("${");
  }
}
