package dev.unbuildpack.rules.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.heroku.AppEnvVar;
import dev.unbuildpack.detect.node.CommittedSecret;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.detect.node.ScriptVariable;
import dev.unbuildpack.detect.node.SecretReference;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.Optional;

/** Values the build needs without baking them into the image (NODE-SECRET-*). */
final class SecretRules {
  private static ProvidedVariables provided;

  private final RuleSet rules;

  SecretRules(RuleSet rules) {
    this.rules = rules;
  }

  StepSecrets apply(NodeFacts node, Flavor flavor, ConfigVars config, DetectionDraft draft) {
    StepSecrets steps = new StepSecrets();
    boolean pruneReinstalls = PruneRules.reinstalls(flavor, node);
    node.secretReferences().forEach(ref -> reference(ref, flavor, pruneReinstalls, steps, draft));
    node.scriptVariables().forEach(var -> scriptVariable(var, config, steps, draft));
    node.committedSecrets().forEach(secret -> committed(secret, draft));
    return steps;
  }

  private void reference(SecretReference ref, Flavor flavor, boolean pruneReinstalls,
      StepSecrets steps, DetectionDraft draft) {
    switch (ref.origin()) {
      case NPMRC -> {
        // Yarn 2+ reads .yarnrc.yml only, so its .npmrc never reaches the registry.
        if (flavor != Flavor.YARN_BERRY) {
          secret(ref.name(), ref.at(), "NODE-SECRET-NPMRC", StepSecrets.INSTALL, steps, draft);
        }
        // A prune that installs again reads .npmrc and may fetch from the private registry.
        if (pruneReinstalls) {
          steps.add(StepSecrets.PRUNE, ref.name());
        }
      }
      case YARNRC_YML -> {
        if (flavor == Flavor.YARN_BERRY) {
          String step = ref.optional() ? StepSecrets.INSTALL : StepSecrets.EVERY_STEP;
          secret(ref.name(), ref.at(), "NODE-SECRET-YARNRC", step, steps, draft);
        }
      }
      case GIT_URL ->
          secret(ref.name(), ref.at(), "NODE-SECRET-GIT-URL", StepSecrets.INSTALL, steps, draft);
    }
  }

  private void scriptVariable(
      ScriptVariable var, ConfigVars config, StepSecrets steps, DetectionDraft draft) {
    if (provided().contains(var.name())
        || rules.rule("NODE-ENV-BUILD").env().containsKey(var.name())) {
      return;
    }
    Optional<AppEnvVar> declared = config.get(var.name());
    if (declared.map(d -> d.value() != null).orElse(false)) {
      return; // a committed value is configuration, not a secret
    }
    Rule rule = rules.rule("NODE-SECRET-SCRIPT");
    boolean userSupplied = declared.map(d -> d.required() || d.generator() != null).orElse(false);
    boolean looksSecret = rule.values().stream().anyMatch(var.name()::contains);
    if (userSupplied || looksSecret) {
      secret(var.name(), var.at(), rule.id(), var.script(), steps, draft);
    }
  }

  /**
   * Variables every shell, npm or the buildpack provides itself: a script reading them needs no
   * config var (rules/node/data/provided-variables.toml).
   */
  record ProvidedVariables(List<String> names, List<String> prefixes, RuleSource source) {
    boolean contains(String name) {
      return names.contains(name) || prefixes.stream().anyMatch(name::startsWith);
    }
  }

  private static synchronized ProvidedVariables provided() {
    if (provided == null) {
      try {
        provided = RuleData.read("node/data/provided-variables.toml", ProvidedVariables.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("invalid provided-variables.toml", e);
      }
    }
    return provided;
  }

  private void secret(String name, Location at, String ruleId, String step, StepSecrets steps,
      DetectionDraft draft) {
    draft.secret(new BuildSecret(name, at.file(), at.line(), rules.rule(ruleId).id()));
    steps.add(step, name);
  }

  private void committed(CommittedSecret secret, DetectionDraft draft) {
    draft.finding(rules.rule("NODE-SECRET-COMMITTED"), secret.what() + " in "
        + secret.at().file() + " is a credential committed in plain text "
        + secret.fingerprint() + "; revoke it, replace it with ${VARIABLE} and pass the value"
        + " as a build secret.", secret.at());
  }
}
