package dev.unbuildpack.diff;

import java.util.Collection;
import java.util.List;

/**
 * What changed from image A (the reference, typically the Heroku-built one) to image B.
 *
 * @param imageA A's reference as its inventory records it
 * @param imageB B's reference
 * @param categories one entry per {@link Category}, in the enum's order, empty ones included
 * @param missingLibraryProviders the packages that provided, in A, the libraries B misses
 *     ("deb:libvips42"), sorted: what B should install
 * @param sizes sizes by layer and by ecosystem
 */
public record ImageDiff(
    String imageA,
    String imageB,
    List<CategoryDiff> categories,
    List<String> missingLibraryProviders,
    SizeDiff sizes) {
  public ImageDiff {
    categories = List.copyOf(categories);
    missingLibraryProviders = List.copyOf(missingLibraryProviders);
  }

  public CategoryDiff category(Category category) {
    return categories.stream()
        .filter(diff -> diff.category() == category)
        .findFirst()
        .orElseThrow();
  }

  public int findingCount() {
    return categories.stream().mapToInt(diff -> diff.changes().size()).sum();
  }

  /** The categories among {@code selected} that have at least one finding, in report order. */
  public List<Category> withFindings(Collection<Category> selected) {
    return categories.stream()
        .filter(diff -> diff.hasFindings() && selected.contains(diff.category()))
        .map(CategoryDiff::category)
        .toList();
  }
}
