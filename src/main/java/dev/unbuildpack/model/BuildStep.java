package dev.unbuildpack.model;

import java.util.List;

/**
 * One command of the build, in the order Heroku runs it: buildpack after buildpack in the app's
 * list, each buildpack's steps in its own order.
 *
 * @param ecosystem the ecosystem whose buildpack runs it ("node", "python"); its runtime is on
 *     PATH from this step on, as the buildpack's export makes it for every later buildpack
 * @param phase "tooling" (the package manager itself), "prebuild", "install", "build", "prune",
 *     "cleanup"
 * @param command shell command line
 * @param rule the rule that put it there
 * @param secrets names of the build secrets this step needs (mounted on this step only)
 * @param caches directories worth a cache mount for this step (the package manager's cache)
 */
public record BuildStep(
    String ecosystem,
    String phase,
    String command,
    String rule,
    List<String> secrets,
    List<String> caches) {
  public BuildStep {
    secrets = List.copyOf(secrets);
    caches = List.copyOf(caches);
  }

  /**
   * A step of the ecosystem whose rules are running: the detection being assembled names it
   * ({@code DetectionDraft} stamps the ecosystem), so an ecosystem's rules need not.
   */
  public BuildStep(
      String phase, String command, String rule, List<String> secrets, List<String> caches) {
    this(null, phase, command, rule, secrets, caches);
  }

  /** The same step, named as the given ecosystem's. */
  public BuildStep of(String ecosystemId) {
    return new BuildStep(ecosystemId, phase, command, rule, secrets, caches);
  }
}
