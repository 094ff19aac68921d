package dev.unbuildpack.rules.python;

import dev.unbuildpack.detect.python.PythonPackage;
import dev.unbuildpack.detect.python.PythonPackages;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.Optional;

/**
 * Debian packages the app's Python distributions need to build or to run (the rules with
 * "pypi = [...]", rules/python/native.toml). Every installed distribution counts, indirect ones
 * included: the install builds and the app loads them all.
 */
public final class NativeRules {
  /**
   * What an unpinned requirement is judged as: pip installs the newest release, which is newer
   * than any bound a rule names ("pillow" alone gets the wheels of the newest Pillow).
   */
  private static final Pep440Version NEWEST = Pep440Version.parse("999999").orElseThrow();

  private final RuleSet rules;

  public NativeRules(RuleSet rules) {
    this.rules = rules;
  }

  public void apply(PythonPackages packages, DetectionDraft draft) {
    for (Rule rule : rules.all()) {
      if (rule.pypi().isEmpty()) {
        continue;
      }
      Optional<PythonPackage> trigger = packages.packages().stream()
          .filter(p -> triggers(rule, p)).findFirst();
      if (trigger.isEmpty()) {
        continue;
      }
      PythonPackage pkg = trigger.get();
      String reason = "PyPI package " + pkg.name() + (pkg.direct() ? "" : " (indirect)") + " ("
          + pkg.at() + ")";
      draft.buildPackages(rule, reason);
      draft.runPackages(rule, reason);
      if (rule.severity() != null) {
        draft.finding(rule, pkg.described() + ": " + rule.summary() + " " + rule.effect(),
            pkg.at());
      }
    }
  }

  /** The package is one the rule names (with the extra, for "name[extra]"), in its range. */
  static boolean triggers(Rule rule, PythonPackage pkg) {
    boolean named = rule.pypi().stream().anyMatch(entry -> {
      int bracket = entry.indexOf('[');
      if (bracket < 0) {
        return entry.equals(pkg.name());
      }
      String extra = entry.substring(bracket + 1, entry.length() - 1);
      return entry.substring(0, bracket).equals(pkg.name()) && pkg.extras().contains(extra);
    });
    if (!named || rule.versions() == null) {
      return named;
    }
    Pep440Range range = Pep440Range.parse(rule.versions()).orElseThrow(() ->
        new IllegalStateException("rule " + rule.id() + " has an invalid versions range"));
    if (pkg.version() == null) {
      return range.contains(NEWEST);
    }
    // A version pip could not read would fail the install; no rule applies to it.
    return Pep440Version.parse(pkg.version()).map(range::contains).orElse(false);
  }
}
