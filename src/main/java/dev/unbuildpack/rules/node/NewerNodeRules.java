package dev.unbuildpack.rules.node;

import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import org.semver4j.Semver;

/**
 * Packages whose installed version breaks on the Node.js version resolved (NODE-NEWER-*, rules
 * whose "values" read "NODE RANGE => PACKAGE RANGE").
 */
final class NewerNodeRules {
  static final String PREFIX = "NODE-NEWER-";
  static final String ARROW = "=>";

  private final RuleSet rules;

  NewerNodeRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(NodeFacts node, Runtime runtime, DetectionDraft draft) {
    if (runtime.version() == null) {
      return;
    }
    Semver nodeVersion = Semver.coerce(runtime.version());
    for (Rule rule : rules.all()) {
      if (!rule.id().startsWith(PREFIX)) {
        continue;
      }
      for (String entry : rule.values()) {
        String[] ranges = entry.split(ARROW, 2);
        if (!nodeVersion.satisfies(ranges[0].strip())) {
          continue;
        }
        node.dependencies().stream().filter(dep -> rule.npm().contains(dep.name()))
            .filter(dep -> NativeRules.version(dep)
                .map(v -> v.satisfies(ranges[1].strip())).orElse(false))
            .findFirst().ifPresent(dep -> draft.finding(rule, dep.name() + " "
                + (dep.version() != null ? dep.version() : "\"" + dep.range() + "\"")
                + " (" + dep.at() + ") breaks on Node.js " + runtime.version() + ": "
                + rule.summary() + " " + rule.effect(), dep.at()));
      }
    }
  }
}
