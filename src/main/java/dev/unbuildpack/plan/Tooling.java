package dev.unbuildpack.plan;

import dev.unbuildpack.model.PackageManager;
import java.util.List;
import java.util.Optional;

/**
 * The step that installs the package manager itself, as the buildpack does before the install
 * (rules NODE-PM-NPM, NODE-PM-YARN, NODE-PM-PNPM: "installed with npm install -g"). The bundled
 * npm needs none. The processes may call the tool too (yarn start), so the runtime stage repeats
 * it, as Heroku keeps it in the slug.
 */
final class Tooling {
  private static final List<String> NPM_CACHE = List.of("/root/.npm");

  private Tooling() {}

  static Optional<PlanStep> step(PackageManager manager, boolean extraCa) {
    if (manager == null || manager.name().equals("npm") && manager.version() == null) {
      return Optional.empty();
    }
    String version = manager.version() == null ? "latest" : manager.version();
    String rule = "NODE-PM-" + manager.name().toUpperCase(java.util.Locale.ROOT);
    // --force: the official node images ship Yarn 1 in /usr/local/bin, which npm would not replace.
    String command = "npm install -g --force " + npmPackage(manager.name(), version) + "@" + version;
    return Optional.of(new PlanStep(Steps.TOOLING, command, rule, List.of(), NPM_CACHE, extraCa));
  }

  /** Yarn 2 and later are published as @yarnpkg/cli-dist; the "yarn" package stops at 1.x. */
  private static String npmPackage(String name, String version) {
    return name.equals("yarn") && ExtraCa.isYarnBerry(version) ? "@yarnpkg/cli-dist" : name;
  }
}
