package dev.unbuildpack.generate;

import dev.unbuildpack.common.Json;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.PlanStep;
import dev.unbuildpack.plan.WebPort;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Small pieces of Dockerfile text: quoting, comments, COPY lines, step titles, the CMD block. */
final class DockerfileParts {
  private static final int WIDTH = 96;
  /** ENV values made of these need no quotes; '$' stays unquoted so $PATH expands as intended. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,+@%${}-]+");
  private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_./@+-]+");
  private static final Map<String, String> STEP_TITLES =
      Map.of(
          "tooling", "Package manager",
          "prebuild", "heroku-prebuild script, before the install as on Heroku",
          "install", "Dependencies",
          "build", "Build script",
          "prune", "Remove devDependencies",
          "cleanup", "heroku-cleanup script");

  private DockerfileParts() {}

  static String quoteEnv(String value) {
    if (PLAIN.matcher(value).matches()) {
      return value;
    }
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  static String stepTitle(PlanStep step) {
    return STEP_TITLES.getOrDefault(step.phase(), step.phase());
  }

  /** A comment paragraph wrapped at the Dockerfile's width. */
  static void comment(StringBuilder out, String text) {
    StringBuilder line = new StringBuilder("#");
    for (String word : text.split(" ")) {
      if (line.length() + 1 + word.length() > WIDTH && line.length() > 1) {
        out.append(line).append('\n');
        line = new StringBuilder("#");
      }
      line.append(' ').append(word);
    }
    out.append(line).append('\n');
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
    if (all.stream().allMatch(p -> PLAIN_PATH.matcher(p).matches())) {
      return String.join(" ", all);
    }
    return jsonArray(all);
  }

  /** What the build stage's FROM line stands for: the runtime version and why it was chosen. */
  static String runtimeChoice(BuildPlan plan) {
    Runtime runtime = plan.ecosystem().runtime();
    return Names.ecosystem(plan) + " " + runtime.version() + " [" + runtime.rule() + "]: "
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
    out.append("CMD ").append(jsonArray(ProcessCommand.execForm(main.command()))).append('\n');
  }

  static String jsonArray(List<String> items) {
    return items.stream().map(Json::quote).collect(Collectors.joining(", ", "[", "]"));
  }

}
