package dev.unbuildpack.rules.go;

import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.detect.go.GoFacts;
import dev.unbuildpack.detect.go.GoMod;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** bin/compile's steps in its order: bin/go-pre-compile, go install, bin/go-post-compile. */
final class GoBuildSteps {
  private final RuleSet rules;

  GoBuildSteps(RuleSet rules) {
    this.rules = rules;
  }

  void apply(GoFacts facts, GoMod mod, GoSecretRules.Needs needs, ConfigVars config,
      DetectionDraft draft) {
    config.get("GO_INSTALL_PACKAGE_SPEC").ifPresent(spec -> draft.finding(
        rules.rule("GO-INSTALL-PACKAGE-SPEC"), "GO_INSTALL_PACKAGE_SPEC in app.json overrides"
            + " the packages to install on Heroku; the image installs what go.mod and the"
            + " sources say. Move the spec into go.mod as '// +heroku install <packages>'.",
        spec.at()));
    if (facts.preCompile()) {
      hook("prebuild", "GO-STEP-PRE-COMPILE", draft);
    }
    Rule install = rules.rule("GO-INSTALL");
    List<String> words = new ArrayList<>(List.of(install.command("install")));
    if (facts.vendor() && facts.goSumNonEmpty()) {
      words.add("-mod=vendor");
      draft.finding(rules.rule("GO-INSTALL-VENDOR"), "vendor/ exists and go.sum is not empty:"
          + " go install runs with -mod=vendor, modules come from vendor/.", null);
    }
    packages(facts, mod, draft).forEach(pkg -> words.add(ShellWord.of(pkg)));
    draft.step(new BuildStep("install", needs.prefix() + String.join(" ", words), install.id(),
        needs.secrets(), install.caches()));
    if (facts.postCompile()) {
      hook("build", "GO-STEP-POST-COMPILE", draft);
    }
  }

  /** The "+heroku install" packages, else the main packages, else ".". */
  private List<String> packages(GoFacts facts, GoMod mod, DetectionDraft draft) {
    if (mod.herokuInstall().isPresent()) {
      GoMod.HerokuInstall comment = mod.herokuInstall().get();
      draft.finding(rules.rule("GO-INSTALL-COMMENT"), "go.mod's '+heroku install' comment names"
          + " the packages to install: " + String.join(" ", comment.packages()) + ".",
          comment.at());
      return comment.packages();
    }
    List<String> mains = GoProcesses.importPaths(mod, facts.sources());
    if (!mains.isEmpty()) {
      draft.finding(rules.rule("GO-INSTALL-MAIN-PACKAGES"), "Main packages found in the sources,"
          + " installed as the buildpack's 'go list' finds them: " + mains.stream()
              .collect(Collectors.joining(", ")) + ".", null);
      return mains;
    }
    draft.finding(rules.rule("GO-INSTALL-DEFAULT"), "No main package was found in module "
        + mod.module().value() + ": the buildpack installs '.' by default. Name the packages"
        + " with '// +heroku install ./cmd/...' in go.mod.", mod.module().at());
    return List.of(".");
  }

  private void hook(String phase, String id, DetectionDraft draft) {
    Rule rule = rules.rule(id);
    draft.step(new BuildStep(phase, rule.command("run"), rule.id(), List.of(), List.of()));
  }
}
