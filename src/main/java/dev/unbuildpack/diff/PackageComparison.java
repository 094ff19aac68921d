package dev.unbuildpack.diff;

import dev.unbuildpack.inventory.InstalledPackage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Packages compared by ecosystem and name. A name can be installed several times (nested
 * node_modules), so each side is the set of its versions; a package whose set differs changed.
 * Install locations are ignored: a converted image may put the same packages elsewhere.
 *
 * <p>Debian packages unpacked by Heroku's apt buildpack (/app/.apt, ecosystem "deb-unpacked") are
 * compared with installed ones ("deb"): moving libpq5 from an Aptfile to apt-get is what a
 * conversion should do, so it shows as a changed package, not a removed one.
 */
final class PackageComparison {
  /** Package databases of the operating system; every other ecosystem is a language's. */
  static final Set<String> OS_ECOSYSTEMS = Set.of("deb", "deb-unpacked", "apk", "rpm");

  private static final String UNKNOWN_VERSION = "(unknown)";
  private static final Map<String, String> SAME_PACKAGES_AS = Map.of("deb-unpacked", "deb");

  private PackageComparison() {}

  /** The six package categories, each with its changes. */
  static Map<Category, List<Change>> compare(
      List<InstalledPackage> before, List<InstalledPackage> after) {
    Map<Category, List<Change>> changes = new EnumMap<>(Category.class);
    for (Changes.Difference<Key> difference :
        Changes.compare(versionsByKey(before), versionsByKey(after))) {
      Key key = difference.key();
      Category category = categoryOf(difference.kind(), OS_ECOSYSTEMS.contains(key.ecosystem()));
      changes
          .computeIfAbsent(category, c -> new ArrayList<>())
          .add(
              new Change(
                  difference.kind(),
                  key.ecosystem(),
                  key.name(),
                  difference.before(),
                  difference.after(),
                  null));
    }
    changes.replaceAll((category, list) -> Changes.sorted(list));
    return changes;
  }

  private static Category categoryOf(ChangeKind kind, boolean os) {
    return switch (kind) {
      case ADDED -> os ? Category.ADDED_OS_PACKAGE : Category.ADDED_LANGUAGE_PACKAGE;
      case REMOVED -> os ? Category.REMOVED_OS_PACKAGE : Category.REMOVED_LANGUAGE_PACKAGE;
      case CHANGED -> os ? Category.CHANGED_OS_PACKAGE : Category.CHANGED_LANGUAGE_PACKAGE;
    };
  }

  private static SortedMap<Key, String> versionsByKey(List<InstalledPackage> packages) {
    SortedMap<Key, Set<String>> versions = new TreeMap<>();
    for (InstalledPackage pkg : packages) {
      String family = SAME_PACKAGES_AS.getOrDefault(pkg.ecosystem(), pkg.ecosystem());
      String version = pkg.version() == null ? UNKNOWN_VERSION : pkg.version();
      versions
          .computeIfAbsent(new Key(family, pkg.name()), k -> new TreeSet<>())
          .add(family.equals(pkg.ecosystem()) ? version : version + " (" + pkg.ecosystem() + ")");
    }
    SortedMap<Key, String> joined = new TreeMap<>();
    versions.forEach((key, set) -> joined.put(key, String.join(", ", set)));
    return joined;
  }

  record Key(String ecosystem, String name) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byEcosystem = ecosystem.compareTo(other.ecosystem);
      return byEcosystem != 0 ? byEcosystem : name.compareTo(other.name);
    }
  }
}
