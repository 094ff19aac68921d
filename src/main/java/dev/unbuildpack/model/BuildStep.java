package dev.unbuildpack.model;

import java.util.List;

/**
 * One command of the build, in the buildpack's order.
 *
 * @param phase "tooling" (the package manager itself), "prebuild", "install", "build", "prune",
 *     "cleanup"
 * @param command shell command line
 * @param rule the rule that put it there
 * @param secrets names of the build secrets this step needs (mounted on this step only)
 * @param caches directories worth a cache mount for this step (the package manager's cache)
 */
public record BuildStep(
    String phase, String command, String rule, List<String> secrets, List<String> caches) {
  public BuildStep {
    secrets = List.copyOf(secrets);
    caches = List.copyOf(caches);
  }
}
