package dev.unbuildpack.rules.ruby;

import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.ruby.GemfileLock;
import dev.unbuildpack.detect.ruby.RubyFacts;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;

/**
 * bin/release's default processes, which the Procfile's types override: web (rails server for
 * Rails 4+, rackup for Rack apps, none for plain Ruby); console and rake are run by hand.
 */
final class RubyProcesses {
  private final RuleSet rules;

  RubyProcesses(RuleSet rules) {
    this.rules = rules;
  }

  void apply(RubyFacts ruby, Framework framework, HerokuFiles heroku, DetectionDraft draft) {
    GemfileLock lock = ruby.lockOrEmpty();
    Rule rule;
    if (framework.railsAtLeast("4.0")) {
      rule = rules.rule("RUBY-PROCESS-RAILS");
    } else if (framework.rack()) {
      rule = rules.rule(lock.has("thin") ? "RUBY-PROCESS-RACK-THIN" : "RUBY-PROCESS-RACK");
    } else {
      rule = rules.rule("RUBY-PROCESS-RUBY");
    }
    String why = heroku.procfile().isEmpty() ? "no Procfile" : "not in the Procfile";
    if (rule.value() != null && !draft.hasProcess("web")) {
      draft.process(new Process("web", rule.value(), "default process of the Ruby buildpack ("
          + rule.id() + "): " + why));
    }
    // console and rake are one-off types (heroku run console): no service runs them.
    Rule oneOff = rules.rule("RUBY-PROCESS-ONE-OFF");
    String console = framework.railsAtLeast("4.0") ? oneOff.command("rails-console")
        : oneOff.command("console");
    draft.finding(oneOff, "The buildpack also declares console (" + console + ") and rake ("
        + oneOff.command("rake") + "): " + oneOff.effect(), null);
    if (!draft.hasProcess("web") && rule.id().equals("RUBY-PROCESS-RUBY")) {
      draft.finding(rule, (heroku.procfile().isEmpty() ? "No Procfile" : "The Procfile declares"
          + " no web process") + " and the app is neither Rails nor Rack: " + rule.effect(), null);
    }
  }
}
