package dev.unbuildpack.rules.node;

import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.detect.node.Lockfile;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import java.util.Optional;
import org.semver4j.Semver;

/**
 * The build commands in bin/compile's order: heroku-prebuild, install, heroku-postbuild or build,
 * prune, heroku-cleanup.
 */
final class BuildStepRules {
  private final RuleSet rules;

  BuildStepRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(NodeFacts node, ManagerChoice manager, ConfigVars config, StepSecrets secrets,
      DetectionDraft draft) {
    tooling(manager, draft);
    script(node, manager, "heroku-prebuild", "prebuild", "NODE-STEP-PREBUILD", secrets, draft);
    install(node, manager, config, secrets, draft);
    if (node.script("heroku-postbuild").isPresent()) {
      script(node, manager, "heroku-postbuild", "build", "NODE-STEP-POSTBUILD", secrets, draft);
    } else {
      buildScript(node, manager, config, secrets, draft);
    }
    new PruneRules(rules).apply(node, manager, config, secrets, draft);
    script(node, manager, "heroku-cleanup", "cleanup", "NODE-STEP-CLEANUP", secrets, draft);
  }

  /**
   * The package manager itself, installed globally before anything else, as the buildpack does
   * (rules NODE-PM-*); npm bundled with Node.js needs none. A Yarn 2+ lockfile or version is
   * installed from the package Yarn 2+ is published as.
   */
  private void tooling(ManagerChoice manager, DetectionDraft draft) {
    PackageManager tool = manager.packageManager();
    if (tool.name().equals("npm") && tool.version() == null) {
      return;
    }
    boolean berry = tool.name().equals("yarn")
        && (manager.flavor() == Flavor.YARN_BERRY || YarnRelease.isBerry(tool.version()));
    Rule rule = rules.rule(berry ? "NODE-PM-YARN-BERRY"
        : "NODE-PM-" + tool.name().toUpperCase(java.util.Locale.ROOT));
    String version = tool.version() == null ? "latest" : tool.version();
    draft.step(new BuildStep("tooling", rule.command("tool").replace("{version}", ShellWord.of(version)),
        rule.id(), List.of(), rule.caches()));
  }

  private void script(NodeFacts node, ManagerChoice manager, String script, String phase,
      String ruleId, StepSecrets secrets, DetectionDraft draft) {
    if (node.script(script).isEmpty()) {
      return;
    }
    Rule rule = rules.rule(ruleId);
    String command = rule.command(manager.flavor().scriptVariant());
    draft.step(new BuildStep(phase, command, rule.id(), secrets.forStep(script), List.of()));
  }

  /** NODE_BUILD_FLAGS reaches the build script only, as one argument (lib/package_manager.sh). */
  private void buildScript(NodeFacts node, ManagerChoice manager, ConfigVars config,
      StepSecrets secrets, DetectionDraft draft) {
    Optional<String> flags = config.value("NODE_BUILD_FLAGS").filter(f -> !f.isEmpty());
    if (node.script("build").isEmpty()) {
      return;
    }
    Rule rule = rules.rule("NODE-STEP-BUILD");
    String variant = manager.flavor().scriptVariant() + (flags.isPresent() ? "-flags" : "");
    String command = rule.command(variant).replace("{flags}", flags.map(ShellWord::quoted)
        .orElse(""));
    draft.step(new BuildStep("build", command, rule.id(), secrets.forStep("build"), List.of()));
  }

  private void install(NodeFacts node, ManagerChoice manager, ConfigVars config,
      StepSecrets secrets, DetectionDraft draft) {
    Rule rule;
    String command;
    switch (manager.flavor()) {
      case NPM -> {
        rule = rules.rule("NODE-INSTALL-NPM");
        command = rule.command(npmVariant(node, config))
            .replace("{production}",
                ShellWord.of(config.value("NPM_CONFIG_PRODUCTION").orElse("false")))
            + unsafePerm(manager, draft);
      }
      case YARN_CLASSIC -> {
        rule = rules.rule("NODE-INSTALL-YARN");
        command = rule.command("install")
            .replace("{production}", ShellWord.of(config.value("YARN_PRODUCTION").orElse("false")));
      }
      case YARN_BERRY -> {
        rule = rules.rule("NODE-INSTALL-YARN-BERRY");
        command = rule.command("install");
      }
      default -> {
        rule = rules.rule("NODE-INSTALL-PNPM");
        command = rule.command("install");
      }
    }
    draft.step(new BuildStep("install", command, rule.id(),
        secrets.forStep(StepSecrets.INSTALL), rule.caches()));
  }

  /** npm ci with an npm lockfile, npm install without; USE_NPM_INSTALL overrides (bin/compile). */
  private static String npmVariant(NodeFacts node, ConfigVars config) {
    boolean npmLock = node.lockfiles().stream().anyMatch(l -> l.kind() == Lockfile.Kind.NPM
        || l.kind() == Lockfile.Kind.NPM_SHRINKWRAP);
    boolean ci = config.value("USE_NPM_INSTALL").map("false"::equals).orElse(npmLock);
    return ci ? "ci" : "install";
  }

  /**
   * " --unsafe-perm" while the npm that runs the install accepts it (NODE-NPM-UNSAFE-PERM), as
   * the package-manager rules resolved it; a version that is not known keeps the buildpack's flag.
   */
  private String unsafePerm(ManagerChoice manager, DetectionDraft draft) {
    Rule flag = rules.rule("NODE-NPM-UNSAFE-PERM");
    Optional<Semver> npm = Optional.ofNullable(manager.npm()).map(Semver::coerce);
    if (npm.isEmpty() || npm.get().satisfies(flag.versions())) {
      return " " + flag.value();
    }
    draft.finding(flag, "npm " + manager.npm() + " rejects " + flag.value()
        + "; the install runs without it.", null);
    return "";
  }
}
