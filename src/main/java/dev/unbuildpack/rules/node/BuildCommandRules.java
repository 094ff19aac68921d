package dev.unbuildpack.rules.node;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.node.Dependency;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the build scripts run that a Docker build cannot do as Heroku did: migrate a database
 * (NODE-BUILD-MIGRATION) or upload with a token from the environment (NODE-SECRET-TOOL-*).
 */
final class BuildCommandRules {
  private static final String TOOL_RULES = "NODE-SECRET-TOOL-";

  private final RuleSet rules;

  BuildCommandRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(NodeFacts node, Flavor flavor, StepSecrets steps, DetectionDraft draft) {
    List<BuildScripts.Run> runs = BuildScripts.of(node);
    migrations(runs, flavor, draft);
    for (Rule rule : rules.all()) {
      if (rule.id().startsWith(TOOL_RULES)) {
        tool(rule, node, runs, steps, draft);
      }
    }
  }

  /** One warning per step, naming the first command that needs the database. */
  private void migrations(List<BuildScripts.Run> runs, Flavor flavor, DetectionDraft draft) {
    Rule rule = rules.rule("NODE-BUILD-MIGRATION");
    runs.stream().map(BuildScripts.Run::step).distinct().forEach(step -> {
      // Scripts the step calls first: "npm run db:migrate" is better moved whole than quoted.
      List<BuildScripts.Run> ofStep = runs.stream().filter(r -> r.step().equals(step))
          .sorted(Comparator.comparing(r -> r.script().equals(step))).toList();
      for (BuildScripts.Run run : ofStep) {
        Optional<String> found = rule.values().stream()
            .filter(p -> word(p).matcher(run.command().value()).find()).findFirst();
        if (found.isPresent()) {
          String release = run.script().equals(step) ? "npx " + found.get()
              : flavor.scriptVariant() + " run " + run.script();
          String move = draft.hasProcess("release")
              ? " Remove it from the build and run '" + release + "' in the Procfile's release"
                  + " process."
              : " Remove it from the build and add a release process to the Procfile, e.g."
                  + " 'release: " + release + "'.";
          draft.finding(rule, "The " + step + " step runs '" + found.get() + "' (script "
              + run.script() + "), which needs the database Heroku's config vars point at;"
              + " a Docker build has none." + move, run.command().at());
          return;
        }
      }
    });
  }

  private void tool(Rule rule, NodeFacts node, List<BuildScripts.Run> runs, StepSecrets steps,
      DetectionDraft draft) {
    for (BuildScripts.Run run : runs) {
      for (String program : rule.commands().values()) {
        if (word(program).matcher(run.command().value()).find()) {
          secrets(rule, run.step(), program + " in script " + run.script(), run.command().at(),
              steps, draft);
          return;
        }
      }
    }
    Optional<Dependency> plugin = node.dependencies().stream()
        .filter(dep -> rule.npm().contains(dep.name())).findFirst();
    Optional<String> buildStep = BuildScripts.buildStep(node);
    if (plugin.isEmpty() || buildStep.isEmpty()) {
      return;
    }
    secrets(rule, buildStep.get(), "npm package " + plugin.get().name(), plugin.get().at(),
        steps, draft);
  }

  /** Each variable as a build secret on the step; a rule naming none warns instead. */
  private void secrets(Rule rule, String step, String why, Location at, StepSecrets steps,
      DetectionDraft draft) {
    if (rule.values().isEmpty()) {
      draft.finding(rule, why + " uploads during the " + step + " step with a token its"
          + " configuration reads from a variable; pass that variable as a build secret"
          + " (docker build --secret id=NAME,env=NAME) or the upload fails.", at);
      return;
    }
    for (String name : rule.values()) {
      draft.secret(new BuildSecret(name, at == null ? null : at.file(),
          at == null ? null : at.line(), rule.id()));
      steps.add(step, name);
    }
  }

  /** The text as a whole word of a command: not part of a longer name or script key. */
  private static Pattern word(String text) {
    return Pattern.compile("(?<![\\w:@/.-])" + Pattern.quote(text) + "(?![\\w:-])");
  }
}
