package dev.unbuildpack.image.catalog.nativecode;

import dev.unbuildpack.image.layer.LayerEntry;
import java.util.List;

/**
 * Which files count as app or language-package code for native linkage: everything under the app
 * and buildpack roots, and any ELF object inside a language package directory wherever the
 * runtime lives. System libraries outside these are only listed, not checked one by one.
 */
final class NativeScope {
  private static final List<String> APP_ROOTS = List.of(
      "app/", "workspace/", "layers/", "opt/", "srv/", "home/", "usr/src/app/");
  private static final List<String> PACKAGE_DIRS = List.of(
      "/node_modules/", "/site-packages/", "/dist-packages/", "/gems/", "/vendor/",
      "/.heroku/");
  /** Where Go binaries are commonly installed outside the app. */
  private static final List<String> GO_BIN_DIRS = List.of(
      "usr/local/bin/", "go/bin/", "root/go/bin/", "usr/local/go/bin/");

  private NativeScope() {}

  static boolean isAppOrPackageCode(String path) {
    for (String root : APP_ROOTS) {
      if (path.startsWith(root)) {
        return true;
      }
    }
    for (String dir : PACKAGE_DIRS) {
      if (path.contains(dir)) {
        return true;
      }
    }
    return false;
  }

  /** A file worth opening to look for ELF headers. */
  static boolean mayBeElf(LayerEntry entry) {
    if (entry.size() < 64) {
      return false;
    }
    String name = entry.fileName();
    boolean looksNative = name.endsWith(".node") || name.contains(".so") || entry.isExecutable();
    if (looksNative && isAppOrPackageCode(entry.path())) {
      return true;
    }
    if (entry.isExecutable()) {
      for (String dir : GO_BIN_DIRS) {
        if (entry.path().startsWith(dir)) {
          return true;
        }
      }
    }
    return false;
  }
}
