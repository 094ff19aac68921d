package dev.unbuildpack.report;

import dev.unbuildpack.diff.Category;
import dev.unbuildpack.diff.CategoryDiff;
import dev.unbuildpack.diff.ImageDiff;
import java.util.List;
import java.util.stream.Collectors;

/** The one-line summary every human-readable format starts with. */
final class Summary {
  private Summary() {}

  /** "12 differences: 2 missing-library, 1 runtime-version, ..." or "No differences". */
  static String line(ImageDiff diff) {
    List<CategoryDiff> found = nonEmpty(diff);
    if (found.isEmpty()) {
      return "No differences";
    }
    int total = diff.findingCount();
    return total
        + (total == 1 ? " difference: " : " differences: ")
        + found.stream()
            .map(c -> c.changes().size() + " " + c.category().id())
            .collect(Collectors.joining(", "));
  }

  /** What the missing-library findings ask for, or null when there are none. */
  static String missingLibraryHint(ImageDiff diff) {
    if (!diff.category(Category.MISSING_LIBRARY).hasFindings()) {
      return null;
    }
    List<String> providers = diff.missingLibraryProviders();
    return "B lacks shared libraries that A had"
        + (providers.isEmpty() ? "" : "; A got them from " + String.join(", ", providers));
  }

  static String sizes(ImageDiff diff) {
    long a = diff.sizes().totalA();
    long b = diff.sizes().totalB();
    return "Size " + Bytes.human(a) + " -> " + Bytes.human(b) + " (" + Bytes.delta(a, b) + ")";
  }

  static List<CategoryDiff> nonEmpty(ImageDiff diff) {
    return diff.categories().stream().filter(CategoryDiff::hasFindings).toList();
  }
}
