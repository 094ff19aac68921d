package dev.unbuildpack.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Poetry's poetry.lock. Heroku runs {@code poetry sync --only main}: packages of the main group
 * ({@code groups = ["main", ...]} in lock format 2.1, {@code category = "main"} before), and not
 * the optional ones an extra would add (no --extras is passed). pyproject.toml says which the app
 * asks for itself and which sources (indexes) Poetry reads from.
 */
final class PoetryLock {
  static final String FILE = "poetry.lock";
  private static final String FIX = "Run `poetry lock` to write poetry.lock again and commit it.";

  private PoetryLock() {}

  static PythonPackages read(Function<String, Optional<String>> files) {
    Optional<TomlFile> found = TomlFile.read(files, FILE, FIX);
    if (found.isEmpty()) {
      return PythonPackages.none();
    }
    TomlFile lock = found.get();
    Optional<TomlFile> pyproject = Pyproject.read(files);
    Set<String> direct = pyproject.map(Pyproject::declared).orElse(Set.of());
    List<PythonPackage> packages = new ArrayList<>();
    List<PackageSource> sources = new ArrayList<>();
    JsonNode list = LockEntries.list(lock, FIX);
    for (int i = 0; i < list.size(); i++) {
      JsonNode entry = list.get(i);
      Location at = lock.key("package", i, "name");
      String name = LockEntries.name(lock, entry, at, FIX);
      if (!installedByMain(entry)) {
        continue;
      }
      String version = TomlFile.text(entry, "version").orElse(null);
      packages.add(new PythonPackage(name, version, at, direct.contains(name)));
      JsonNode source = entry.path("source");
      Optional<String> type = TomlFile.text(source, "type");
      Optional<String> url = TomlFile.text(source, "url");
      if (type.isPresent() && url.isPresent()) {
        PackageSource.Kind kind = type.get().equals("git") ? PackageSource.Kind.VCS
            : type.get().equals("legacy") ? PackageSource.Kind.EXTRA_INDEX
            : PackageSource.Kind.URL;
        if (!type.get().equals("directory") && !type.get().equals("file")) {
          sources.add(new PackageSource(kind, TomlFile.text(source, "reference").orElse(null),
              url.get(), false, lock.key("package", i, "name")));
        }
      }
    }
    pyproject.ifPresent(p -> sources.addAll(Pyproject.poetrySources(p)));
    return new PythonPackages(FILE, packages, sources);
  }

  private static boolean installedByMain(JsonNode entry) {
    if (entry.path("optional").asBoolean(false)) {
      return false;
    }
    JsonNode groups = entry.path("groups");
    if (groups.isArray()) {
      for (JsonNode group : groups) {
        if ("main".equals(group.asText())) {
          return true;
        }
      }
      return false;
    }
    return TomlFile.text(entry, "category").map("main"::equals).orElse(true);
  }
}
