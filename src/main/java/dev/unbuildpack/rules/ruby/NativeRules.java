package dev.unbuildpack.rules.ruby;

import dev.unbuildpack.detect.ruby.GemSpec;
import dev.unbuildpack.detect.ruby.GemfileLock;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Debian packages the app's gems need to build or to run (the rules with "gems = [...]",
 * rules/ruby/native.toml). Every spec of Gemfile.lock counts, indirect gems included: bundle
 * install builds them all and the app loads them. A gem locked for one of the rule's
 * "precompiled" platforms installs that build, which carries its libraries: the rule then only
 * says so. A spec for a platform the image's Ruby is not (JRuby's "java", a Mac's
 * "arm64-darwin", "x86_64-linux-musl") is never installed there, so it triggers nothing: a gem
 * locked only for such platforms asks for no compiler.
 */
public final class NativeRules {
  /**
   * The platforms bundle install can pick in the official ruby images (CRuby on glibc Linux, amd64
   * or arm64): the source gem ("ruby") and the Linux builds, which newer locks write with "-gnu".
   */
  private static final Pattern IMAGE_PLATFORMS =
      Pattern.compile("ruby|(x86_64|aarch64)-linux(-gnu)?");

  private final RuleSet rules;

  public NativeRules(RuleSet rules) {
    this.rules = rules;
  }

  public void apply(GemfileLock lock, DetectionDraft draft) {
    for (Rule rule : rules.all()) {
      if (rule.gems().isEmpty()) {
        continue;
      }
      List<GemSpec> named = lock.specs().stream().filter(s -> triggers(rule, s)).toList();
      if (named.isEmpty()) {
        continue;
      }
      GemSpec spec = named.get(0);
      String direct = lock.direct(spec.name()) ? "" : " (indirect)";
      Optional<GemSpec> compiled = named.stream()
          .filter(s -> rule.precompiled().contains(s.platform())).findFirst();
      if (compiled.isPresent()) {
        GemSpec build = compiled.get();
        draft.finding(Severity.INFO, rule.id(), "gem " + build.described() + direct + " (" + build.at() + ") is"
            + " precompiled for Linux: no system package needed. " + rule.summary(), build.at());
        continue;
      }
      String reason = "gem " + spec.name() + direct + " (" + spec.at() + ")";
      draft.buildPackages(rule, reason);
      draft.runPackages(rule, reason);
      if (rule.severity() != null) {
        draft.finding(rule, "gem " + spec.described() + direct + " (" + spec.at() + "): "
            + rule.summary() + " " + rule.effect(), spec.at());
      }
    }
  }

  /**
   * The spec is of a gem the rule names, for a platform the image installs, at a version its
   * requirement allows.
   */
  static boolean triggers(Rule rule, GemSpec spec) {
    if (!rule.gems().contains(spec.name())
        || !IMAGE_PLATFORMS.matcher(spec.platform()).matches()) {
      return false;
    }
    if (rule.versions() == null) {
      return true;
    }
    GemRequirement requirement = GemRequirement.parse(rule.versions()).orElseThrow(() ->
        new IllegalStateException("rule " + rule.id() + " has an invalid versions requirement"));
    // A version RubyGems could not read would fail the install; no rule applies to it.
    return GemVersion.parse(spec.version()).map(requirement::satisfiedBy).orElse(false);
  }
}
