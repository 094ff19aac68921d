package dev.unbuildpack.diff;

import dev.unbuildpack.inventory.InstalledPackage;
import dev.unbuildpack.inventory.Inventory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Compares two inventories: what B (the new image) has that A (the reference) had not, and what
 * it lost. Pure and deterministic: the same inventories give the same diff, in the same order.
 */
public final class InventoryDiff {
  private InventoryDiff() {}

  public static ImageDiff compare(Inventory a, Inventory b) {
    Map<Category, List<Change>> changes = new EnumMap<>(Category.class);
    LinkageComparison.Result linkage = LinkageComparison.compare(a, b);
    changes.put(Category.MISSING_LIBRARY, linkage.missing());
    changes.put(Category.UNRESOLVED_LIBRARY, linkage.unresolved());
    changes.put(Category.RUNTIME_VERSION, RuntimeComparison.compare(a.runtimes(), b.runtimes()));
    changes.putAll(PackageComparison.compare(a.packages(), b.packages()));
    changes.putAll(ConfigComparison.compare(a.config(), b.config()));
    List<CategoryDiff> categories = new ArrayList<>();
    for (Category category : Category.values()) {
      categories.add(new CategoryDiff(category, changes.getOrDefault(category, List.of())));
    }
    return new ImageDiff(a.image(), b.image(), categories, linkage.providers(), sizes(a, b));
  }

  private static SizeDiff sizes(Inventory a, Inventory b) {
    SortedMap<String, long[]> totals = new TreeMap<>();
    add(totals, a.packages(), 0);
    add(totals, b.packages(), 1);
    List<EcosystemSize> ecosystems = new ArrayList<>();
    totals.forEach(
        (ecosystem, t) ->
            ecosystems.add(new EcosystemSize(ecosystem, (int) t[0], (int) t[1], t[2], t[3])));
    return new SizeDiff(a.layers(), b.layers(), ecosystems);
  }

  /** t = {packages in A, packages in B, bytes in A, bytes in B}; side 0 is A, 1 is B. */
  private static void add(SortedMap<String, long[]> totals, List<InstalledPackage> packages, int side) {
    for (InstalledPackage pkg : packages) {
      long[] t = totals.computeIfAbsent(pkg.ecosystem(), e -> new long[4]);
      t[side]++;
      t[2 + side] += pkg.size();
    }
  }
}
