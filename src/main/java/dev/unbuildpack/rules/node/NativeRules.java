package dev.unbuildpack.rules.node;

import dev.unbuildpack.detect.node.Dependency;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.Optional;
import org.semver4j.Semver;
import org.semver4j.SemverException;

/** Debian packages that npm packages need at build and at run time (rules with "npm = [...]"). */
final class NativeRules {
  private static final String DEV = "devDependencies";
  private final RuleSet rules;

  NativeRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(NodeFacts node, DetectionDraft draft) {
    for (Rule rule : rules.all()) {
      // Rules that name npm packages for other reasons (secrets, breakages) install nothing.
      if (rule.npm().isEmpty() || rule.build().isEmpty() && rule.run().isEmpty()) {
        continue;
      }
      // devDependencies, and the locked packages only they need, are pruned after the build:
      // they may need build-stage packages, never run-time ones.
      Optional<Dependency> runtime = node.dependencies().stream()
          .filter(dep -> !dep.devOnly() && triggers(rule, dep)).findFirst();
      Optional<Dependency> buildOnly = node.dependencies().stream()
          .filter(dep -> dep.devOnly() && triggers(rule, dep)).findFirst();
      runtime.ifPresent(dep -> add(rule, reason(dep), true, draft));
      if (runtime.isEmpty()) {
        buildOnly.ifPresent(dep -> add(rule, reason(dep), false, draft));
      }
      // A rule with a severity also names what the packages cannot give (a network-free install).
      if (rule.severity() != null) {
        runtime.or(() -> buildOnly).ifPresent(dep -> draft.finding(rule,
            described(dep) + ": " + rule.summary() + " " + rule.effect(), dep.at()));
      }
    }
    Rule git = rules.rule("NODE-GIT-DEPENDENCY");
    node.gitDependencies().stream().findFirst().ifPresent(dep ->
        add(git, "git dependency " + dep.name() + " (" + dep.at() + ")", true, draft));
  }

  private static boolean triggers(Rule rule, Dependency dep) {
    if (!rule.npm().contains(dep.name())) {
      return false;
    }
    if (rule.versions() == null) {
      return true;
    }
    return version(dep).map(v -> v.satisfies(rule.versions())).orElse(false);
  }

  /** The locked version, else the lowest version the declared range names ("^0.25.1"). */
  static Optional<Semver> version(Dependency dep) {
    String text = dep.version() != null ? dep.version() : dep.range();
    try {
      return Optional.ofNullable(text == null ? null : Semver.coerce(text));
    } catch (SemverException e) {
      return Optional.empty();
    }
  }

  /** "sharp 0.32.6 (package-lock.json:12)", or the declared range when nothing is locked. */
  static String described(Dependency dep) {
    return dep.name() + " " + (dep.version() != null ? dep.version() : "\"" + dep.range() + "\"")
        + " (" + dep.at() + ")";
  }

  private static String reason(Dependency dep) {
    String kind = DEV.equals(dep.scope()) ? "devDependency, "
        : dep.devOnly() ? "needed by devDependencies only, " : "";
    return "npm package " + dep.name() + " (" + kind + dep.at() + ")";
  }

  private static void add(Rule rule, String reason, boolean atRunTime, DetectionDraft draft) {
    draft.buildPackages(rule, reason);
    if (atRunTime) {
      draft.runPackages(rule, reason);
    }
  }
}
