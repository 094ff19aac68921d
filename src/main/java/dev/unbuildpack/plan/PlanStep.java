package dev.unbuildpack.plan;

import java.util.List;

/**
 * One RUN of the build.
 *
 * @param ecosystem the ecosystem whose buildpack runs it ("node", "python")
 * @param phase the buildpack phase it reproduces ("install", "build", "prune", ...)
 * @param command the shell command line, exactly as the buildpack would run it
 * @param rule the rule that put it there
 * @param secrets ids of the app's build secrets mounted on this step (and only this step)
 * @param caches directories mounted as BuildKit caches (the package manager's cache)
 * @param extraCa true when the extra CA bundle is mounted on this step
 * @param note what the command does beyond the buildpack's (empty for most steps)
 * @param caPreparation with the extra CA, what the step runs first so that its tools trust the
 *     bundle (a Java truststore); null when they read the mounted bundle themselves
 * @param title what the step is, in its ecosystem's words: its rule's title; null when the rule
 *     gives none and the phase's generic title applies
 */
public record PlanStep(
    String ecosystem,
    String phase,
    String command,
    String rule,
    List<String> secrets,
    List<String> caches,
    boolean extraCa,
    String note,
    CaPreparation caPreparation,
    String title) {
  public PlanStep {
    secrets = List.copyOf(secrets);
    caches = List.copyOf(caches);
    note = note == null ? "" : note;
  }

  public PlanStep(String ecosystem, String phase, String command, String rule,
      List<String> secrets, List<String> caches, boolean extraCa, String note) {
    this(ecosystem, phase, command, rule, secrets, caches, extraCa, note, null, null);
  }

  public PlanStep(String ecosystem, String phase, String command, String rule,
      List<String> secrets, List<String> caches, boolean extraCa) {
    this(ecosystem, phase, command, rule, secrets, caches, extraCa, "", null, null);
  }
}
