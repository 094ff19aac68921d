package dev.unbuildpack.rules.ruby;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.ruby.GemfileLock;
import dev.unbuildpack.detect.ruby.RubyFacts;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;

/**
 * The buildpack's build, in its order: Bundler, bundle install and clean, Node.js and Yarn for
 * the asset tools, assets:precompile and assets:clean, and the start-up script that gives every
 * process a SECRET_KEY_BASE.
 */
final class RubyBuildSteps {
  private final RuleSet rules;

  RubyBuildSteps(RuleSet rules) {
    this.rules = rules;
  }

  void apply(RubyFacts ruby, Framework framework, Runtime runtime, PackageManager bundler,
      Secrets secrets, boolean installedNode, DetectionDraft draft) {
    Rule tool = rules.rule("RUBY-BUNDLER-INSTALL");
    // Into vendor/bundle, which the runtime stage gets with the app: not a tool to install again.
    draft.step(new BuildStep("install", tool.command("install").replace("{version}",
        bundler.version()).replace("{abi}", RubyEnvRules.abi(runtime.version())), tool.id(),
        List.of(), List.of()));
    Rule install = rules.rule("RUBY-STEP-BUNDLE-INSTALL");
    draft.step(new BuildStep("install", install.command("install"), install.id(),
        secrets.install(), install.caches()));
    install.env().forEach((name, value) -> draft.buildEnv(name, new EnvVar(value, install.id())));
    if (ruby.has("vendor/bundle/")) {
      draft.finding(rules.rule("RUBY-CHECK-VENDOR-BUNDLE"), "vendor/bundle is committed: the"
          + " buildpack deletes it before bundle install; .dockerignore leaves it out.",
          Location.of("vendor/bundle"));
      draft.ignore(new IgnoreEntry("vendor/bundle", "deleted by the buildpack ("
          + rules.rule("RUBY-CHECK-VENDOR-BUNDLE").id() + ")"));
    }
    new RubyNodeRules(rules).steps(ruby, installedNode, draft);
    precompile(ruby, framework, secrets, draft);
    if (framework.railsAtLeast("4.1")) {
      Rule key = rules.rule("RUBY-SECRET-KEY-BASE-RUNTIME");
      draft.step(new BuildStep(null, "build", key.command("profile"), key.id(), List.of(),
          List.of(),
          "The dynos' SECRET_KEY_BASE default, generated when a container starts instead of"
              + " stored in a layer"));
      draft.finding(key, "Rails " + framework.railsVersion() + ": " + key.summary() + " "
          + key.effect(), null);
    }
  }

  private void precompile(RubyFacts ruby, Framework framework, Secrets secrets,
      DetectionDraft draft) {
    GemfileLock lock = ruby.lockOrEmpty();
    // The gems that bring an asset pipeline, and so the assets:precompile task: the rule's values.
    boolean pipeline = rules.rule("RUBY-STEP-ASSETS-PRECOMPILE").values().stream()
        .anyMatch(lock::has);
    if (framework.rails().isEmpty() || !ruby.has("Rakefile") || !pipeline) {
      return;
    }
    if (ruby.committedManifest().isPresent()) {
      draft.finding(rules.rule("RUBY-ASSETS-COMMITTED"), ruby.committedManifest().get()
          + " is committed: the buildpack skips assets:precompile, and so does the image.",
          Location.of(ruby.committedManifest().get()));
      return;
    }
    Rule rule = rules.rule("RUBY-STEP-ASSETS-PRECOMPILE");
    boolean dummy = framework.railsAtLeast("7.1");
    String key = dummy ? rule.command("dummy-key") : rule.command("throwaway-key");
    String note = dummy
        ? "SECRET_KEY_BASE_DUMMY=1 makes Rails " + framework.railsVersion() + " use a throwaway"
            + " key for this command only"
        : "A random SECRET_KEY_BASE lives in this command's environment only: no ENV, no file,"
            + " so no layer or history holds it";
    draft.step(new BuildStep(null, "build", key + " " + rule.command("precompile"), rule.id(),
        secrets.precompile(), rule.caches(), note));
    Rule clean = rules.rule("RUBY-STEP-ASSETS-CLEAN");
    if (lock.has("sprockets-rails") || lock.has("propshaft")) {
      draft.step(new BuildStep(null, "build", key + " " + clean.command("clean"), clean.id(),
          secrets.precompile(), clean.caches(), note));
    }
    draft.finding(rules.rule(dummy ? "RUBY-ASSETS-DUMMY-KEY" : "RUBY-ASSETS-THROWAWAY-KEY"),
        "Rails " + framework.railsVersion() + ": " + rules.rule(dummy ? "RUBY-ASSETS-DUMMY-KEY"
            : "RUBY-ASSETS-THROWAWAY-KEY").effect(), null);
  }
}
