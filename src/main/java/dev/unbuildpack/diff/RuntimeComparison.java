package dev.unbuildpack.diff;

import dev.unbuildpack.inventory.RuntimeInstall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/** Runtimes compared by name; the versions found decide, the install paths are shown as detail. */
final class RuntimeComparison {
  private RuntimeComparison() {}

  static List<Change> compare(List<RuntimeInstall> before, List<RuntimeInstall> after) {
    Map<String, String> pathsBefore = joinedByName(before, RuntimeInstall::path);
    Map<String, String> pathsAfter = joinedByName(after, RuntimeInstall::path);
    List<Change> changes = new ArrayList<>();
    for (Changes.Difference<String> difference :
        Changes.compare(
            joinedByName(before, RuntimeInstall::version),
            joinedByName(after, RuntimeInstall::version))) {
      String name = difference.key();
      changes.add(
          new Change(
              difference.kind(),
              null,
              name,
              difference.before(),
              difference.after(),
              paths(pathsBefore.get(name), pathsAfter.get(name))));
    }
    return Changes.sorted(changes);
  }

  private static String paths(String before, String after) {
    if (before == null) {
      return "B: " + after;
    }
    return after == null ? "A: " + before : "A: " + before + "; B: " + after;
  }

  private static SortedMap<String, String> joinedByName(
      List<RuntimeInstall> runtimes, Function<RuntimeInstall, String> field) {
    SortedMap<String, Set<String>> values = new TreeMap<>();
    for (RuntimeInstall runtime : runtimes) {
      String value = field.apply(runtime);
      values
          .computeIfAbsent(runtime.name(), n -> new TreeSet<>())
          .add(value == null ? "(unknown)" : value);
    }
    SortedMap<String, String> joined = new TreeMap<>();
    values.forEach((name, set) -> joined.put(name, String.join(", ", set)));
    return joined;
  }
}
