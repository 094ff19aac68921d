package dev.unbuildpack.detect.node;

import dev.unbuildpack.common.Location;

/**
 * An npm package the app depends on.
 *
 * @param range as package.json declares it; null for a package only the lockfile lists
 * @param version the version the lockfile resolved, or null when unknown
 * @param scope "dependencies", "devDependencies", "optionalDependencies", "lockfile", or
 *     "lockfile-dev" for a locked copy only devDependencies need
 */
public record Dependency(String name, String range, String version, String scope, Location at) {
  /** True when the prune removes it: a devDependency, or a locked copy only they need. */
  public boolean devOnly() {
    return "devDependencies".equals(scope) || LockedPackages.LOCKFILE_DEV.equals(scope);
  }
}
