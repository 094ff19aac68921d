package dev.unbuildpack.image.catalog.dpkg;

import dev.unbuildpack.image.catalog.ImageFacts;
import dev.unbuildpack.image.fs.MergedTree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The image's dpkg database: installed packages, and which package owns a file. Ownership is keyed
 * by both the listed path and its real path, because on merged-/usr systems dpkg lists
 * /lib/x86_64-linux-gnu/libz.so.1 while the file lives under /usr/lib.
 */
public final class DpkgDatabase {
  static final DpkgStatusReader STATUS = new DpkgStatusReader();
  static final DpkgListReader LISTS = new DpkgListReader();

  private final SortedMap<String, DebPackage> installed;
  private final SortedMap<String, String> statusFiles;
  private final Map<String, String> owners;

  private DpkgDatabase(SortedMap<String, DebPackage> installed, SortedMap<String, String> files,
      Map<String, String> owners) {
    this.installed = installed;
    this.statusFiles = files;
    this.owners = owners;
  }

  public static DpkgDatabase of(ImageFacts facts) {
    SortedMap<String, DebPackage> installed = new TreeMap<>();
    SortedMap<String, String> files = new TreeMap<>();
    facts.captures().of(STATUS).forEach((path, packages) -> {
      for (DebPackage pkg : packages) {
        if (pkg.installed()) {
          installed.put(pkg.name(), pkg);
          files.put(pkg.name(), path);
        }
      }
    });
    return new DpkgDatabase(installed, files, owners(facts.captures().of(LISTS), facts.tree()));
  }

  private static Map<String, String> owners(SortedMap<String, List<String>> lists,
      MergedTree tree) {
    // Listed paths first: a package's own file wins over another package's symlink to it.
    Map<String, String> owners = new HashMap<>();
    lists.forEach((listFile, paths) -> paths.forEach(path -> owners.putIfAbsent(path, name(listFile))));
    lists.forEach((listFile, paths) -> paths.forEach(path -> tree.realPath(path)
        .ifPresent(real -> owners.putIfAbsent(real, name(listFile)))));
    return owners;
  }

  private static String name(String listFile) {
    return DpkgListReader.packageName(listFile.substring(listFile.lastIndexOf('/') + 1));
  }

  /** Installed packages by name. */
  public SortedMap<String, DebPackage> installed() {
    return installed;
  }

  /** The database file a package was read from (status, or status.d/NAME). */
  String statusFile(String name) {
    return statusFiles.get(name);
  }

  /** The installed package whose file list has this path (relative to the root). */
  public Optional<DebPackage> owner(String path) {
    String name = owners.get(path);
    return name == null ? Optional.empty() : Optional.ofNullable(installed.get(name));
  }
}
