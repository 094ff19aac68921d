package dev.unbuildpack.image.catalog.nativecode;

import dev.unbuildpack.image.elf.ElfInfo;
import dev.unbuildpack.image.fs.FileNode;
import dev.unbuildpack.image.fs.MergedTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers "would the dynamic loader find this library?" the way ld.so searches (ld.so(8)):
 * DT_RPATH (only without DT_RUNPATH), LD_LIBRARY_PATH from the image env, DT_RUNPATH, the
 * ld.so.conf directories, then /lib and /usr/lib (and their lib64 forms). $ORIGIN is the object's
 * own directory. Every lookup follows symlinks inside the image root.
 */
final class LibrarySearch {
  private static final List<String> DEFAULT_DIRS = List.of("/lib64", "/usr/lib64", "/lib",
      "/usr/lib");

  private final MergedTree tree;
  private final List<String> ldLibraryPath;
  private final List<String> configured;

  LibrarySearch(MergedTree tree, List<String> ldLibraryPath, List<String> configured) {
    this.tree = tree;
    this.ldLibraryPath = ldLibraryPath;
    this.configured = configured;
  }

  boolean resolves(String objectPath, ElfInfo info, String needed) {
    if (needed.contains("/")) {
      return isFile(needed.startsWith("/") ? needed : directory(objectPath) + "/" + needed);
    }
    for (String dir : searchPath(objectPath, info)) {
      if (isFile(dir + "/" + needed)) {
        return true;
      }
    }
    return false;
  }

  private List<String> searchPath(String objectPath, ElfInfo info) {
    List<String> dirs = new ArrayList<>();
    if (info.runpath().isEmpty()) {
      info.rpath().forEach(d -> dirs.add(expand(d, objectPath)));
    }
    dirs.addAll(ldLibraryPath);
    info.runpath().forEach(d -> dirs.add(expand(d, objectPath)));
    dirs.addAll(configured);
    dirs.addAll(DEFAULT_DIRS);
    return dirs;
  }

  private static String expand(String dir, String objectPath) {
    String origin = directory(objectPath);
    return dir.replace("${ORIGIN}", origin).replace("$ORIGIN", origin)
        .replace("${LIB}", "lib").replace("$LIB", "lib");
  }

  private static String directory(String path) {
    int slash = path.lastIndexOf('/');
    return slash <= 0 ? "/" : path.substring(0, slash);
  }

  private boolean isFile(String path) {
    return tree.resolve(path).map(FileNode::isFile).orElse(false);
  }
}
