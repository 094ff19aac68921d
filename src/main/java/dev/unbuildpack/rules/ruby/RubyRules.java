package dev.unbuildpack.rules.ruby;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.ruby.Gemfile;
import dev.unbuildpack.detect.ruby.GemfileLock;
import dev.unbuildpack.detect.ruby.RubyFacts;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.InstallOrder;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.EcosystemRules;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Applies the Ruby rules to what the Ruby detector found. */
public final class RubyRules implements EcosystemRules {
  /** The start-up script the buildpack writes (.profile.d/ruby.sh). */
  static final String PROFILE_SCRIPT = ".profile.d/ruby.sh";

  private final RuleSet rules;
  private final LocalDate today;

  public RubyRules(RuleSet rules, LocalDate today) {
    this.rules = rules;
    this.today = today;
  }

  @Override
  public String ecosystem() {
    return RubyFacts.ID;
  }

  @Override
  public void apply(EcosystemFacts facts, HerokuFiles heroku, ConfigVars config,
      DetectionDraft draft) {
    RubyFacts ruby = (RubyFacts) facts;
    RubyRuntimeRules versions = new RubyRuntimeRules(rules, RubyReleases.builtIn(), today);
    Runtime runtime = versions.runtime(ruby, draft);
    if (ruby.lock().isEmpty()) {
      draft.finding(rules.rule("RUBY-LOCK-MISSING"), "The app has a Gemfile but no Gemfile.lock:"
          + " the Ruby buildpack stops with \"Gemfile.lock required\". Run 'bundle lock' and"
          + " commit Gemfile.lock.", Location.of(Gemfile.FILE));
      draft.ecosystem(new Ecosystem(RubyFacts.ID, runtime, null, List.of()));
      return;
    }
    Framework framework = Framework.of(ruby.lock().get());
    PackageManager bundler = versions.bundler(ruby, draft);
    gemfileCode(ruby, draft);
    Secrets secrets = new RubySecretRules(rules).apply(ruby, config, draft);
    RubyBuildSteps steps = new RubyBuildSteps(rules);
    boolean installedNode = new RubyNodeRules(rules).runtime(ruby, heroku, draft);
    draft.ecosystem(new Ecosystem(RubyFacts.ID, runtime, bundler, manifests(ruby),
        installOrder(ruby)));
    new NativeRules(rules).apply(ruby.lock().get(), draft);
    new RubyEnvRules(rules).apply(framework, runtime, draft);
    steps.apply(ruby, framework, runtime, bundler, secrets, installedNode, draft);
    if (framework.railsAtLeast("4.1")) {
      // The dynos source the script the build writes, as they source the app's own.
      List<String> scripts = new ArrayList<>(heroku.profileScripts());
      if (!scripts.contains(PROFILE_SCRIPT)) {
        scripts.add(PROFILE_SCRIPT);
      }
      scripts.sort((a, b) -> a.equals(HerokuFiles.PROFILE) ? 1 : b.equals(HerokuFiles.PROFILE)
          ? -1 : a.compareTo(b));
      draft.profileScripts(scripts);
    }
    new RubyProcesses(rules).apply(ruby, framework, heroku, draft);
  }

  /** Lines of the Gemfile that run code: Bundler runs them in the build, the tool did not. */
  private void gemfileCode(RubyFacts ruby, DetectionDraft draft) {
    if (ruby.gemfile().code().isEmpty()) {
      return;
    }
    Rule rule = rules.rule("RUBY-GEMFILE-CODE");
    draft.finding(rule, "The Gemfile runs code when Bundler loads it: " + String.join("; ",
        ruby.gemfile().code().stream().limit(5).map(d -> "'" + d.value() + "' at " + d.at())
            .toList()) + ". " + rule.effect(), ruby.gemfile().code().get(0).at());
  }

  /** Gemfile and Gemfile.lock, copied first so the gem layer caches. */
  private static List<String> manifests(RubyFacts ruby) {
    List<String> files = new ArrayList<>(List.of(Gemfile.FILE, GemfileLock.FILE));
    if (ruby.has(".bundle/config")) {
      files.add(".bundle/config");
    }
    return files;
  }

  /** bundle install reads app files beyond the manifests for PATH gems and vendor/cache. */
  private InstallOrder installOrder(RubyFacts ruby) {
    Rule rule = rules.rule("RUBY-INSTALL-INPUTS");
    List<String> why = new ArrayList<>();
    ruby.lockOrEmpty().sources().stream().filter(s -> s.type().equals("PATH"))
        .forEach(s -> why.add("PATH gem at " + s.remote() + " (" + s.at() + ")"));
    if (ruby.has("vendor/cache/")) {
      why.add("vendor/cache holds the gems (bundle install installs from it)");
    }
    if (why.isEmpty()) {
      return new InstallOrder(false, "bundle install reads only Gemfile and Gemfile.lock.",
          rule.id());
    }
    return new InstallOrder(true, "bundle install reads files of the app: "
        + String.join("; ", why) + ".", rule.id());
  }
}
