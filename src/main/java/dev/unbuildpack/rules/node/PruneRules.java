package dev.unbuildpack.rules.node;

import dev.unbuildpack.detect.heroku.AppEnvVar;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import java.util.Optional;

/** Whether and how devDependencies are pruned after the build (NODE-PRUNE-*). */
final class PruneRules {
  private final RuleSet rules;

  PruneRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(NodeFacts node, ManagerChoice manager, ConfigVars config, StepSecrets secrets,
      DetectionDraft draft) {
    Optional<String> skip = skipReason(manager.flavor(), config);
    if (skip.isPresent()) {
      Optional<AppEnvVar> var = config.get(skip.get());
      draft.finding(rules.rule("NODE-PRUNE-SKIPPED"), "devDependencies are not pruned because "
          + skip.get() + (var.map(v -> " is " + v.value()).orElse(" is unset"))
          + "; they stay in the image as on Heroku.", var.map(AppEnvVar::at).orElse(null));
      return;
    }
    Rule rule = rules.rule(switch (manager.flavor()) {
      case NPM -> "NODE-PRUNE-NPM";
      case YARN_CLASSIC -> "NODE-PRUNE-YARN";
      case YARN_BERRY -> "NODE-PRUNE-YARN-BERRY";
      case PNPM -> "NODE-PRUNE-PNPM";
    });
    String variant = manager.flavor() == Flavor.PNPM && pnpmWorkspace(node) ? "workspace" : "prune";
    draft.step(new BuildStep(StepSecrets.PRUNE, rule.command(variant), rule.id(),
        secrets.forStep(StepSecrets.PRUNE), List.of()));
  }

  /**
   * True when the prune step installs again (Yarn 1; pnpm in a workspace), so it reads .npmrc and
   * the registries like the install does.
   */
  static boolean reinstalls(Flavor flavor, NodeFacts node) {
    return flavor == Flavor.YARN_CLASSIC || flavor == Flavor.PNPM && pnpmWorkspace(node);
  }

  private static boolean pnpmWorkspace(NodeFacts node) {
    return node.configFiles().contains("pnpm-workspace.yaml");
  }

  /** The variable that makes the buildpack skip pruning, as its prune functions test them. */
  private static Optional<String> skipReason(Flavor flavor, ConfigVars config) {
    if (!config.value("NODE_ENV").orElse("production").equals("production")) {
      return Optional.of("NODE_ENV");
    }
    String knob = switch (flavor) {
      case NPM -> config.isSet("NPM_CONFIG_PRODUCTION") ? "NPM_CONFIG_PRODUCTION" : null;
      case YARN_CLASSIC -> config.isSet("YARN_PRODUCTION") ? "YARN_PRODUCTION" : null;
      case YARN_BERRY -> config.isTrue("YARN2_SKIP_PRUNING") ? "YARN2_SKIP_PRUNING" : null;
      case PNPM -> config.isTrue("PNPM_SKIP_PRUNING") ? "PNPM_SKIP_PRUNING" : null;
    };
    return Optional.ofNullable(knob);
  }
}
