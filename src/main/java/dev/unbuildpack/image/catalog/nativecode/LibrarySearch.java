package dev.unbuildpack.image.catalog.nativecode;

import dev.unbuildpack.image.elf.ElfInfo;
import dev.unbuildpack.image.fs.FileNode;
import dev.unbuildpack.image.fs.MergedTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers "would the dynamic loader find this library?" the way ld.so searches (ld.so(8)):
 * DT_RPATH (only without DT_RUNPATH), LD_LIBRARY_PATH from the image env, DT_RUNPATH, the
 * ld.so.conf directories, then the loader's built-in system search path. $ORIGIN is the object's
 * own directory. Every lookup follows symlinks inside the image root.
 *
 * <p>The built-in path is compiled into glibc, not read from any file: Debian's and Ubuntu's
 * multiarch glibc searches /lib/TRIPLET and /usr/lib/TRIPLET before /lib and /usr/lib
 * ({@code ld.so --help} prints it as "system search path"), so an image without
 * /etc/ld.so.conf.d/TRIPLET.conf still finds libc and libz there.
 */
final class LibrarySearch {
  /** The multiarch triple of each image architecture a Debian or Ubuntu loader runs on. */
  private static final Map<String, String> TRIPLETS = Map.of(
      "amd64", "x86_64-linux-gnu", "arm64", "aarch64-linux-gnu");
  private static final List<String> PLAIN_DIRS = List.of("/lib64", "/usr/lib64", "/lib",
      "/usr/lib");

  private final MergedTree tree;
  private final List<String> ldLibraryPath;
  private final List<String> configured;
  private final List<String> builtIn;

  /**
   * @param architecture the image's architecture (amd64, arm64); when unknown, the multiarch
   *     directories of every known architecture are searched
   */
  LibrarySearch(MergedTree tree, List<String> ldLibraryPath, List<String> configured,
      String architecture) {
    this.tree = tree;
    this.ldLibraryPath = ldLibraryPath;
    this.configured = configured;
    this.builtIn = builtInDirs(architecture);
  }

  static List<String> builtInDirs(String architecture) {
    List<String> triplets = TRIPLETS.containsKey(architecture)
        ? List.of(TRIPLETS.get(architecture))
        : TRIPLETS.values().stream().sorted().toList();
    List<String> dirs = new ArrayList<>();
    triplets.forEach(t -> dirs.addAll(List.of("/lib/" + t, "/usr/lib/" + t)));
    dirs.addAll(PLAIN_DIRS);
    return List.copyOf(dirs);
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
    dirs.addAll(builtIn);
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
