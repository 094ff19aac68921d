package dev.unbuildpack.rules.node;

import dev.unbuildpack.model.PackageManager;

/**
 * The package manager picked, its flavour, and the lockfile it installs from (may be null).
 *
 * @param npm the npm that runs npm's commands: the exact version engines.npm resolved to, the
 *     major of the one bundled with Node.js ("11"), or null when neither is known
 */
record ManagerChoice(Flavor flavor, PackageManager packageManager, String npm) {
  ManagerChoice(Flavor flavor, PackageManager packageManager) {
    this(flavor, packageManager, null);
  }

  String lockfile() {
    return packageManager.lockfile();
  }
}
