package dev.unbuildpack.detect.node;

import dev.unbuildpack.common.Location;

/**
 * Something the dependency install reads or runs beyond the manifests and lockfile: a lifecycle
 * script of the root or a workspace package (which may read any file: patch-package, tsc,
 * webpack), patch files, or a dependency installed from a folder of the app.
 *
 * @param what what it is, for a reader ("the postinstall script of package.json"); names only,
 *     never the app's values, since it reaches comments in generated files
 * @param at where it is declared, or the folder itself
 */
public record InstallInput(String what, Location at) {}
