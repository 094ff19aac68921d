package dev.unbuildpack.rules.ruby;

import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.Map;

/**
 * The variables the buildpack sets for the build (its environment and export) and the dynos
 * (.profile.d/ruby.sh), by the rules of rules/ruby/env.toml.
 */
final class RubyEnvRules {
  private final RuleSet rules;

  RubyEnvRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(Framework framework, Runtime runtime, DetectionDraft draft) {
    both("RUBY-ENV-BUNDLE", draft);
    both("RUBY-ENV-DEFAULTS", draft);
    run("RUBY-ENV-RUN", draft);
    Rule path = rules.rule("RUBY-ENV-PATH");
    path.env().forEach((name, value) -> {
      String resolved = value.replace("{abi}", abi(runtime.version()));
      draft.buildEnv(name, new EnvVar(resolved, path.id()));
      draft.runEnv(name, new EnvVar(resolved, path.id()));
    });
    if (framework.rack()) {
      both("RUBY-ENV-RACK", draft);
    }
    if (framework.rails().isPresent()) {
      both("RUBY-ENV-RAILS", draft);
    }
    if (framework.railsAtLeast("4.2")) {
      both("RUBY-ENV-RAILS-STATIC", draft);
    }
    if (framework.railsAtLeast("5.0")) {
      both("RUBY-ENV-RAILS-LOG", draft);
    }
  }

  /** The gem folder's ABI name: Ruby 3.3.5 installs gems under vendor/bundle/ruby/3.3.0. */
  static String abi(String version) {
    String[] parts = version.split("[.-]");
    return parts.length >= 2 ? parts[0] + "." + parts[1] + ".0" : version;
  }

  private void both(String id, DetectionDraft draft) {
    Rule rule = rules.rule(id);
    for (Map.Entry<String, String> e : rule.env().entrySet()) {
      draft.buildEnv(e.getKey(), new EnvVar(e.getValue(), rule.id()));
      draft.runEnv(e.getKey(), new EnvVar(e.getValue(), rule.id()));
    }
  }

  private void run(String id, DetectionDraft draft) {
    Rule rule = rules.rule(id);
    rule.env().forEach((name, value) -> draft.runEnv(name, new EnvVar(value, rule.id())));
  }
}
