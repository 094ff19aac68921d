package dev.unbuildpack.rules.node;

import dev.unbuildpack.detect.node.InstallInput;
import dev.unbuildpack.detect.node.InstallInputs;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.model.InstallOrder;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rule NODE-INSTALL-INPUTS: Heroku installs with the whole app present, so copying only the
 * manifests before the install is kept only when the install provably reads nothing else.
 */
final class InstallOrderRule {
  private final RuleSet rules;

  InstallOrderRule(RuleSet rules) {
    this.rules = rules;
  }

  InstallOrder apply(NodeFacts node) {
    Rule rule = rules.rule("NODE-INSTALL-INPUTS");
    List<InstallInput> inputs = node.installInputs();
    if (inputs.isEmpty()) {
      return new InstallOrder(false, "The install reads only the manifests: no package.json"
          + (node.workspaces().isEmpty() ? "" : " (root or workspace)") + " has an install-time"
          + " lifecycle script (" + String.join(", ", InstallInputs.LIFECYCLE_SCRIPTS) + "), and there are no"
          + " patch files and no dependencies from folders of the app.", rule.id());
    }
    return new InstallOrder(true, "The install needs more than the manifests, as on Heroku, where"
        + " it runs with the whole app present: " + inputs.stream()
            .map(i -> i.what() + " (" + i.at() + ")").collect(Collectors.joining("; "))
        + ".", rule.id());
  }
}
