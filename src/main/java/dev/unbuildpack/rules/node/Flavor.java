package dev.unbuildpack.rules.node;

/** The package-manager variants whose commands differ in the buildpack. */
enum Flavor {
  NPM("npm", "npm"),
  YARN_CLASSIC("yarn", "yarn"),
  YARN_BERRY("yarn", "yarn"),
  PNPM("pnpm", "pnpm");

  private final String tool;
  private final String scriptVariant;

  Flavor(String tool, String scriptVariant) {
    this.tool = tool;
    this.scriptVariant = scriptVariant;
  }

  /** The executable's name, as in {@code model.PackageManager.name()}. */
  String tool() {
    return tool;
  }

  /** The key of the script-step commands in the rule files ("npm", "yarn", "pnpm"). */
  String scriptVariant() {
    return scriptVariant;
  }
}
