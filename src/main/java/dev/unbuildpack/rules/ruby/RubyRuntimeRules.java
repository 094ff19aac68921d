package dev.unbuildpack.rules.ruby;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.ruby.GemfileLock;
import dev.unbuildpack.detect.ruby.RubyFacts;
import dev.unbuildpack.detect.ruby.RubyVersionLine;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The Ruby and Bundler versions exactly as the classic buildpack resolves them: Gemfile.lock's
 * RUBY VERSION (else the buildpack's default) and BUNDLED WITH (else its default Bundler). The
 * Gemfile's ruby line and .ruby-version matter only through the lock.
 */
final class RubyRuntimeRules {
  private final RuleSet rules;
  private final RubyReleases releases;
  private final LocalDate today;

  RubyRuntimeRules(RuleSet rules, RubyReleases releases, LocalDate today) {
    this.rules = rules;
    this.releases = releases;
    this.today = today;
  }

  Runtime runtime(RubyFacts ruby, DetectionDraft draft) {
    Optional<RubyVersionLine> locked = ruby.lock().flatMap(GemfileLock::rubyVersion);
    Runtime runtime;
    if (locked.isPresent()) {
      RubyVersionLine line = locked.get();
      Rule rule = rules.rule("RUBY-RUNTIME-LOCKED");
      String version = line.version() + (line.pre() == null ? "" : "-" + line.pre());
      runtime = new Runtime("ruby", version, line.line(), line.at() + " RUBY VERSION", rule.id());
      if (line.patchlevel() != null) {
        draft.finding(rules.rule("RUBY-RUNTIME-PATCHLEVEL"), "RUBY VERSION names " + line.line()
            + ": the patch level " + line.patchlevel() + " is ignored, as the buildpack ignores"
            + " it; the image is Ruby " + version + ".", line.at());
      }
      if (line.isJruby()) {
        draft.finding(rules.rule("RUBY-RUNTIME-JRUBY"), "RUBY VERSION names JRuby "
            + line.jruby() + " (" + line.line() + "). " + rules.rule("RUBY-RUNTIME-JRUBY")
                .effect(), line.at());
      }
    } else {
      Rule rule = rules.rule("RUBY-RUNTIME-DEFAULT");
      runtime = new Runtime("ruby", rule.value(), null, "no RUBY VERSION in Gemfile.lock ("
          + rule.id() + ")", rule.id());
      if (ruby.lock().isPresent()) {
        draft.finding(rule, "Gemfile.lock has no RUBY VERSION: Heroku installs Ruby "
            + rule.value() + " on the first build and keeps the version it installed before on"
            + " later ones; the image uses " + rule.value() + ". Add a ruby line to the Gemfile"
            + " and run 'bundle update --ruby' so the lock names the version.",
            Location.of(GemfileLock.FILE));
      }
    }
    ignoredRequests(ruby, runtime, locked.isPresent(), draft);
    endOfLife(runtime, draft);
    return runtime;
  }

  /** A .ruby-version or Gemfile ruby line the lock does not reflect does nothing on Heroku. */
  private void ignoredRequests(RubyFacts ruby, Runtime runtime, boolean locked,
      DetectionDraft draft) {
    Rule rule = rules.rule("RUBY-RUNTIME-IGNORED-REQUEST");
    Optional<Declared> file = ruby.rubyVersionFile();
    if (file.isPresent() && !file.get().value().replaceFirst("^ruby-", "")
        .equals(runtime.version())) {
      draft.finding(rule, ".ruby-version asks for " + file.get().value() + " but the buildpack"
          + " reads only Gemfile.lock" + (locked ? ", which names " : ", and installs its default ")
          + runtime.version() + ": the image uses " + runtime.version() + ". Make the Gemfile's"
          + " ruby line read the file (ruby file: \".ruby-version\") and run 'bundle update"
          + " --ruby'.", file.get().at());
    }
    Optional<Declared> gemfileRuby = ruby.gemfile().ruby();
    if (!locked && gemfileRuby.isPresent() && ruby.lock().isPresent()) {
      draft.finding(rule, "The Gemfile's ruby line (" + gemfileRuby.get().value() + ") is not in"
          + " Gemfile.lock's RUBY VERSION, which is all the buildpack reads: it installs "
          + runtime.version() + ". Run 'bundle update --ruby' and commit Gemfile.lock.",
          gemfileRuby.get().at());
    }
  }

  private void endOfLife(Runtime runtime, DetectionDraft draft) {
    releases.line(runtime.version()).ifPresent(line -> {
      if (!today.isBefore(LocalDate.parse(line.eol()))) {
        draft.finding(rules.rule("RUBY-RUNTIME-EOL"), "Ruby " + line.minor() + " reached its"
            + " end of life on " + line.eol() + " (no more security fixes); Ruby "
            + runtime.version() + " is still converted as Heroku would install it. Move to a"
            + " maintained line (" + releases.lines().get(0).minor() + ").", null);
      }
    });
  }

  /** Bundler: BUNDLED WITH exactly, else the buildpack's default. */
  PackageManager bundler(RubyFacts ruby, DetectionDraft draft) {
    Optional<Declared> bundled = ruby.lock().flatMap(GemfileLock::bundledWith);
    if (bundled.isPresent()) {
      return new PackageManager("bundler", bundled.get().value(), GemfileLock.FILE);
    }
    Rule rule = rules.rule("RUBY-BUNDLER-DEFAULT");
    draft.finding(rule, "Gemfile.lock has no BUNDLED WITH: the buildpack installs Bundler "
        + rule.value() + ", and so does the image. Run 'bundle update --bundler' to record the"
        + " version.", Location.of(GemfileLock.FILE));
    return new PackageManager("bundler", rule.value(), GemfileLock.FILE);
  }
}
