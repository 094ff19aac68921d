package dev.unbuildpack.rules.node;

/** The package-manager variants whose commands differ in the buildpack. */
enum Flavor {
  NPM("npm"),
  YARN_CLASSIC("yarn"),
  YARN_BERRY("yarn"),
  PNPM("pnpm");

  private final String tool;

  Flavor(String tool) {
    this.tool = tool;
  }

  /** The key of the script-step commands in the rule files: the executable ("npm", "yarn"). */
  String scriptVariant() {
    return tool;
  }
}
