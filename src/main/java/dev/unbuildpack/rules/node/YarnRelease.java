package dev.unbuildpack.rules.node;

/** Yarn's two lines: 1.x ("classic", the npm package "yarn") and 2+ ("berry"). */
public final class YarnRelease {
  private YarnRelease() {}

  /** True for a Yarn version or range of major 2 or later ("4.5.3", "^3", ">=2"). */
  public static boolean isBerry(String version) {
    return version != null && version.matches("[^0-9]*([2-9]|[1-9][0-9]+)(\\D.*)?");
  }
}
