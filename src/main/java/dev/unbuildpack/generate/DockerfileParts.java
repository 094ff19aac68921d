package dev.unbuildpack.generate;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.text.DockerfileText;
import dev.unbuildpack.common.text.HashComment;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.EnvSetting;
import dev.unbuildpack.plan.PlanStep;
import dev.unbuildpack.plan.WebPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Small pieces of Dockerfile text: comments, COPY lines, ENV assignments, step titles, the CMD
 * block. Every piece of app or plan text goes through {@code common.text}'s writers.
 */
final class DockerfileParts {
  private static final int WIDTH = 96;
  /**
   * A step's title when its rule gives none ({@code title} in the rule file): what the phase is
   * in any buildpack, in no one ecosystem's words.
   */
  private static final Map<String, String> STEP_TITLES =
      Map.of(
          "tooling", "Package manager",
          "prebuild", "Before the install, as on Heroku",
          "install", "Dependencies",
          "build", "Build script",
          "prune", "Remove development dependencies",
          "cleanup", "Cleanup, last as on Heroku");

  private DockerfileParts() {}

  /**
   * Where a text came from, as a refusal names it: the plan's description of its source
   * ("Procfile:2 (HEROKU-PROCFILE)"); a detection file may leave that empty.
   */
  static Location where(String description) {
    return Location.of(description == null || description.isBlank() ? "the detection" : description);
  }

  /** The step's rule's title; else its phase's generic one. */
  static String stepTitle(PlanStep step) {
    return step.title() != null ? step.title() : STEP_TITLES.getOrDefault(step.phase(), step.phase());
  }

  /** A comment paragraph wrapped at the Dockerfile's width; it never spans into an instruction. */
  static void comment(StringBuilder out, String text) {
    out.append(HashComment.wrapped(text, WIDTH));
  }

  /**
   * NAME=value pairs of one ENV (or export). The values are the rules' own: they may reference
   * other variables on purpose (PATH=$PATH:/app/bin), so '$' stays active. App text reaches here
   * only as a config var overriding a rule's variable, which the rules allow for plain words
   * alone (no '$', quote or space).
   */
  static String assignments(List<EnvSetting> settings, String separator) {
    return settings.stream()
        .map(e -> {
          Location where = where("rule " + e.rule());
          return DockerfileText.name(e.name(), where) + "="
              + DockerfileText.expandingValue(e.value(), where);
        })
        .collect(Collectors.joining(separator));
  }

  /** A word Docker reads as is in FROM, USER or a --mount option; anything else is refused. */
  static String word(String text, String what) {
    return DockerfileText.word(text, where(what));
  }

  /** Root-level manifests in one COPY; one COPY per manifest in a subfolder, keeping its path. */
  static void copyManifests(StringBuilder out, List<String> manifests) {
    List<String> root = manifests.stream().filter(m -> !m.contains("/")).toList();
    if (!root.isEmpty()) {
      out.append("COPY ").append(copyArgs(root, "./")).append('\n');
    }
    manifests.stream()
        .filter(m -> m.contains("/"))
        .forEach(m -> out.append("COPY ").append(copyArgs(List.of(m), "./" + m)).append('\n'));
  }

  private static String copyArgs(List<String> sources, String target) {
    List<String> all = new ArrayList<>(sources);
    all.add(target);
    return DockerfileText.copyArguments(all, where(sources.get(0)));
  }

  /** What the build stage's FROM line stands for: the runtime version and why it was chosen. */
  static String runtimeChoice(BuildPlan plan) {
    Runtime runtime = plan.ecosystem().runtime();
    return Names.runtime(plan.ecosystem()) + " " + runtime.version() + " [" + runtime.rule() + "]: "
        + requestAndSource(runtime);
  }

  /** The runtime's source, with the requested range when the source does not already quote it. */
  static String requestAndSource(Runtime runtime) {
    if (runtime.requested() == null || runtime.source().contains(runtime.requested())) {
      return runtime.source();
    }
    return "\"" + runtime.requested() + "\" requested in " + runtime.source();
  }

  static void portAndCommand(StringBuilder out, BuildPlan plan) {
    WebPort port = plan.port();
    if (port != null) {
      out.append('\n');
      comment(out, "Heroku injects PORT into every dyno at run time [" + port.rule() + "]"
          + "; this default lets the image run anywhere, and a platform that sets PORT still"
          + " overrides it. The web process must listen on $PORT.");
      out.append("ENV PORT=").append(port.number()).append('\n')
          .append("EXPOSE ").append(port.number()).append('\n');
    }
    Process main = plan.processes().main();
    out.append('\n');
    if (main == null) {
      out.append("# The app declares no process (no Procfile and no default), so the image has"
          + " no CMD:\n# add one, or pass the command to 'docker run'.\n");
      return;
    }
    comment(out, "The " + main.type() + " process, from " + main.source() + ". Procfile commands"
        + " are shell command lines and Heroku runs them with bash; bash execs a single command,"
        + " so the app is the container's main process. Run it with 'docker run --init' (compose"
        + " does): as PID 1 without an init, an app with no SIGTERM handler ignores 'docker stop'.");
    if (plan.processes().sourcesProfile()) {
      comment(out, "Like a dyno, bash first sources every /app/.profile.d/*.sh and then"
          + " /app/.profile (the app has " + String.join(", ", plan.processes().profileScripts())
          + "), then runs the command, passed as its own argument [HEROKU-PROFILE].");
    }
    out.append("CMD ").append(DockerfileText.jsonArray(ProcessCommand.execForm(main.command(),
        plan.processes().sourcesProfile()))).append('\n');
  }
}
