package dev.unbuildpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
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
 * @param note what the command does beyond the buildpack's, for the Dockerfile's comment; empty
 *     for most steps
 */
public record BuildStep(
    String phase, String command, String rule, List<String> secrets, List<String> caches,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) String note) {
  public BuildStep {
    secrets = List.copyOf(secrets);
    caches = List.copyOf(caches);
    note = note == null ? "" : note;
  }

  /** A step that runs the buildpack's command and nothing else. */
  public BuildStep(
      String phase, String command, String rule, List<String> secrets, List<String> caches) {
    this(phase, command, rule, secrets, caches, "");
  }
}
