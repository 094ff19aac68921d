package dev.unbuildpack.diff;

import java.util.List;

/** The differences found in one category, in a stable order (scope, subject, kind). */
public record CategoryDiff(Category category, List<Change> changes) {
  public CategoryDiff {
    changes = List.copyOf(changes);
  }

  public boolean hasFindings() {
    return !changes.isEmpty();
  }

  public long count(ChangeKind kind) {
    return changes.stream().filter(change -> change.kind() == kind).count();
  }
}
