package dev.unbuildpack.image.catalog;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What each {@link FileReader} kept, for the files that survive in the merged image. */
public final class Captures {
  private final Map<FileReader<?>, SortedMap<String, Object>> byReader = new HashMap<>();

  public void put(FileReader<?> reader, String path, Object value) {
    byReader.computeIfAbsent(reader, r -> new TreeMap<>()).put(path, value);
  }

  /** Path (relative to the root) → result, sorted by path. */
  @SuppressWarnings("unchecked")
  public <T> SortedMap<String, T> of(FileReader<T> reader) {
    SortedMap<String, Object> found = byReader.getOrDefault(reader, Collections.emptySortedMap());
    return Collections.unmodifiableSortedMap((SortedMap<String, T>) (SortedMap<String, ?>) found);
  }
}
