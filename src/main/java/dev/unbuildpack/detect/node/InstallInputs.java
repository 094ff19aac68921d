package dev.unbuildpack.detect.node;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an install (npm ci, yarn install, pnpm install) reads beyond the manifests: on Heroku it
 * runs with the whole app present, so anything listed here needs the sources copied before it.
 */
public final class InstallInputs {
  /**
   * The scripts npm, Yarn and pnpm run for the root and workspace packages during an install
   * (npm docs "scripts", life cycle operation order for npm install/ci; prepublish is deprecated
   * but still runs on install).
   */
  public static final List<String> LIFECYCLE_SCRIPTS = List.of("preinstall", "install", "postinstall",
      "prepublish", "preprepare", "prepare", "postprepare");
  /** patch-package's and pnpm's default folder, and Yarn 2+'s "yarn patch" folder. */
  static final List<String> PATCH_FOLDERS = List.of("patches", ".yarn/patches");
  /**
   * Yarn 2+ folders its install reads: the plugins .yarnrc.yml loads (every yarn command fails
   * without them) and the committed offline cache of a zero-install app.
   */
  static final List<String> YARN_FOLDERS = List.of(".yarn/plugins", ".yarn/cache");
  /** Ranges that install a folder of the app (or patch one with a file of the app). */
  static final List<String> LOCAL_PROTOCOLS = List.of("file:", "link:", "portal:", "patch:");

  private InstallInputs() {}

  static List<InstallInput> find(AppDir app, PackageJson root, Map<String, Declared> rootScripts,
      List<Dependency> rootDependencies, List<Workspace> workspaces) {
    List<InstallInput> inputs = new ArrayList<>();
    scripts(root.path(), rootScripts, inputs);
    local(rootDependencies, inputs);
    for (Workspace workspace : workspaces) {
      scripts(workspace.manifest(), workspace.scripts(), inputs);
      local(workspace.dependencies(), inputs);
    }
    PATCH_FOLDERS.stream().filter(app::isDirectory).forEach(folder -> inputs.add(
        new InstallInput("patch files in " + folder + "/, applied during the install",
            Location.of(folder))));
    YARN_FOLDERS.stream().filter(app::isDirectory).forEach(folder -> inputs.add(
        new InstallInput("Yarn's " + folder + "/ folder, read by every yarn command",
            Location.of(folder))));
    if (!root.at("/pnpm/patchedDependencies").isMissingNode()) {
      inputs.add(new InstallInput("pnpm.patchedDependencies, patch files applied during the"
          + " install", root.location("/pnpm/patchedDependencies")));
    }
    return inputs;
  }

  private static void scripts(String manifest, Map<String, Declared> scripts,
      List<InstallInput> inputs) {
    for (String name : LIFECYCLE_SCRIPTS) {
      Declared script = scripts.get(name);
      if (script != null) {
        inputs.add(new InstallInput("the " + name + " script of " + manifest, script.at()));
      }
    }
  }

  private static void local(List<Dependency> dependencies, List<InstallInput> inputs) {
    dependencies.stream()
        .filter(d -> d.range() != null && LOCAL_PROTOCOLS.stream().anyMatch(d.range()::startsWith))
        .forEach(d -> inputs.add(new InstallInput("a dependency installed from a path of the app"
            + " (" + d.range().substring(0, d.range().indexOf(':') + 1) + ")", d.at())));
  }
}
