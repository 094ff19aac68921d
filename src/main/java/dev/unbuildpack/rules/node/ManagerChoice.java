package dev.unbuildpack.rules.node;

import dev.unbuildpack.model.PackageManager;

/** The package manager picked, its flavour, and the lockfile it installs from (may be null). */
record ManagerChoice(Flavor flavor, PackageManager packageManager) {
  String lockfile() {
    return packageManager.lockfile();
  }
}
