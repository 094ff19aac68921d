package dev.unbuildpack.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** What the comparisons share: keyed set differences and the one stable order of changes. */
final class Changes {
  static final Comparator<Change> ORDER =
      Comparator.comparing(Change::scope, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Change::subject)
          .thenComparing(Change::kind);

  private Changes() {}

  static List<Change> sorted(Collection<Change> changes) {
    List<Change> list = new ArrayList<>(changes);
    list.sort(ORDER);
    return List.copyOf(list);
  }

  /** A value that differs between two maps: added, removed or changed (equal values skipped). */
  record Difference<K>(K key, ChangeKind kind, String before, String after) {}

  static <K extends Comparable<K>> List<Difference<K>> compare(
      Map<K, String> before, Map<K, String> after) {
    SortedMap<K, Difference<K>> differences = new TreeMap<>();
    before.forEach(
        (key, value) -> {
          if (!after.containsKey(key)) {
            differences.put(key, new Difference<>(key, ChangeKind.REMOVED, value, null));
          } else if (!Objects.equals(value, after.get(key))) {
            differences.put(key, new Difference<>(key, ChangeKind.CHANGED, value, after.get(key)));
          }
        });
    after.forEach(
        (key, value) -> {
          if (!before.containsKey(key)) {
            differences.put(key, new Difference<>(key, ChangeKind.ADDED, null, value));
          }
        });
    return List.copyOf(differences.values());
  }
}
