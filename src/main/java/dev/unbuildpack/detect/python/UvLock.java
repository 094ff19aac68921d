package dev.unbuildpack.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * uv's uv.lock. Heroku runs {@code uv sync --locked --no-default-groups}: the project's own
 * dependencies and what they pull in, without dependency groups (dev) and without extras the
 * project does not ask for. The walk starts at the project (the entries whose source is the app
 * itself: editable or virtual) and follows "dependencies", and "optional-dependencies" only for
 * the extras a dependency names.
 */
final class UvLock {
  static final String FILE = "uv.lock";
  private static final String FIX = "Run `uv lock` to write uv.lock again and commit it.";

  private UvLock() {}

  /** One [[package]] entry; the same entry is the same index (no deep comparison of trees). */
  private record Entry(int index, String name, JsonNode node, Location at) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Entry entry && entry.index == index;
    }

    @Override
    public int hashCode() {
      return index;
    }
  }

  static PythonPackages read(Function<String, Optional<String>> files) {
    Optional<TomlFile> found = TomlFile.read(files, FILE, FIX);
    if (found.isEmpty()) {
      return PythonPackages.none();
    }
    TomlFile lock = found.get();
    JsonNode list = LockEntries.list(lock, FIX);
    // Several entries may share a name (one per resolution fork): the walk visits them all.
    Map<String, List<Entry>> byName = new HashMap<>();
    List<Entry> roots = new ArrayList<>();
    List<Entry> all = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Location at = lock.key("package", i, "name");
      Entry entry = new Entry(i, LockEntries.name(lock, list.get(i), at, FIX), list.get(i), at);
      all.add(entry);
      byName.computeIfAbsent(entry.name(), k -> new ArrayList<>()).add(entry);
      if (isProject(entry.node())) {
        roots.add(entry);
      }
    }
    Set<String> direct = new HashSet<>();
    roots.forEach(root -> dependencies(root.node(), Set.of())
        .forEach(dep -> direct.add(dep.name())));
    // Without a project entry (a hand-made lock) every entry counts as installed.
    Set<Entry> installed = roots.isEmpty() ? new LinkedHashSet<>(all) : walk(roots, byName);
    List<PythonPackage> packages = new ArrayList<>();
    List<PackageSource> sources = new ArrayList<>();
    for (Entry entry : all) {
      if (!installed.contains(entry) || isProject(entry.node())) {
        continue;
      }
      packages.add(new PythonPackage(entry.name(),
          TomlFile.text(entry.node(), "version").orElse(null), entry.at(),
          direct.contains(entry.name())));
      TomlFile.text(entry.node().path("source"), "git").ifPresent(url -> sources.add(
          new PackageSource(PackageSource.Kind.VCS, null, url, false,
              lock.key("package", entry.index(), "source"))));
      TomlFile.text(entry.node().path("source"), "url").ifPresent(url -> sources.add(
          new PackageSource(PackageSource.Kind.URL, null, url, false,
              lock.key("package", entry.index(), "source"))));
    }
    Pyproject.read(files).ifPresent(p -> sources.addAll(Pyproject.uvSources(p)));
    return new PythonPackages(FILE, packages, sources);
  }

  private static boolean isProject(JsonNode entry) {
    JsonNode source = entry.path("source");
    return source.has("editable") || source.has("virtual");
  }

  private record Dependency(String name, List<String> extras) {}

  /** An entry's dependencies, plus those of the extras asked for. */
  private static List<Dependency> dependencies(JsonNode entry, Set<String> extras) {
    List<Dependency> found = new ArrayList<>();
    collect(entry.path("dependencies"), found);
    for (String extra : extras) {
      collect(entry.path("optional-dependencies").path(extra), found);
    }
    return found;
  }

  private static void collect(JsonNode list, List<Dependency> found) {
    for (JsonNode dep : list) {
      Optional<String> name = TomlFile.text(dep, "name");
      if (name.isPresent() && PythonNames.valid(name.get())) {
        List<String> extras = new ArrayList<>();
        dep.path("extra").forEach(e -> extras.add(PythonNames.normalise(e.asText())));
        found.add(new Dependency(PythonNames.normalise(name.get()), extras));
      }
    }
  }

  private static Set<Entry> walk(List<Entry> roots, Map<String, List<Entry>> byName) {
    Set<Entry> installed = new LinkedHashSet<>(roots);
    Map<Entry, Set<String>> extrasSeen = new HashMap<>();
    Deque<Map.Entry<Entry, Set<String>>> queue = new ArrayDeque<>();
    roots.forEach(root -> queue.add(Map.entry(root, Set.of())));
    while (!queue.isEmpty()) {
      Map.Entry<Entry, Set<String>> next = queue.poll();
      for (Dependency dep : dependencies(next.getKey().node(), next.getValue())) {
        for (Entry target : byName.getOrDefault(dep.name(), List.of())) {
          Set<String> seen = extrasSeen.computeIfAbsent(target, k -> new HashSet<>());
          Set<String> fresh = new HashSet<>(dep.extras());
          fresh.removeAll(seen);
          if (installed.add(target) || !fresh.isEmpty()) {
            seen.addAll(fresh);
            queue.add(Map.entry(target, fresh));
          }
        }
      }
    }
    return installed;
  }
}
