package dev.unbuildpack.rules.ruby;

import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.ruby.GemfileLock;
import dev.unbuildpack.detect.ruby.RubyFacts;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.InstallOrder;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Node.js and Yarn as the classic Ruby buildpack installs them for ExecJS, Webpacker and the
 * jsbundling/cssbundling tools, unless a Node.js buildpack ran before it (then node and yarn are
 * on PATH and it installs neither). Its Node.js is a pinned version: in the image it is the
 * official node image's runtime copied in, as for any second ecosystem.
 */
final class RubyNodeRules {
  private static final String NODE = "node";
  private final RuleSet rules;

  RubyNodeRules(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * Adds the Node.js runtime the buildpack installs, as an ecosystem before Ruby's (so Ruby's
   * images stay the primary ones); true when it did.
   */
  boolean runtime(RubyFacts ruby, HerokuFiles heroku, DetectionDraft draft) {
    GemfileLock lock = ruby.lockOrEmpty();
    boolean nodeBuildpack = draft.ecosystems().stream().anyMatch(e -> e.id().equals(NODE));
    boolean needsNode = ruby.has("package.json") || !nodeGems(lock).isEmpty();
    boolean needsYarn = needsYarn(ruby);
    if (nodeBuildpack) {
      if (needsNode || needsYarn) {
        draft.finding(rules.rule("RUBY-NODE-PREINSTALLED"), rules.rule("RUBY-NODE-PREINSTALLED")
            .summary(), null);
      }
      return false;
    }
    if (!needsNode && !needsYarn) {
      return false;
    }
    List<Declared> listed = heroku.appJson().map(a -> a.buildpacks()).filter(b -> !b.isEmpty())
        .orElse(heroku.buildpacksFile());
    Optional<Declared> nodeLater = listed.stream()
        .filter(b -> b.value().toLowerCase(Locale.ROOT).contains("nodejs")).findFirst();
    if (nodeLater.isPresent()) {
      // The image has one Node.js: the Node.js buildpack's, copied in before any step runs.
      Rule later = rules.rule("RUBY-NODE-LISTED-AFTER");
      draft.finding(later, nodeLater.get().value() + " (" + nodeLater.get().at() + ") runs after"
          + " heroku/ruby: " + later.effect(), nodeLater.get().at());
      return false;
    }
    Rule node = rules.rule("RUBY-NODE-INSTALL");
    boolean yarnLock = ruby.has("yarn.lock") && ruby.has("package.json");
    List<String> gems = nodeGems(lock);
    String why = ruby.has("package.json") ? "package.json"
        : !gems.isEmpty() ? "the " + gems.get(0) + " gem" : "yarn.lock";
    draft.ecosystem(new Ecosystem(NODE, new Runtime("node", node.value(), null,
        "installed by the Ruby buildpack for " + why + " (" + node.id() + ")", node.id()),
        // npm comes with the copied runtime; the buildpack itself keeps only node.
        new PackageManager("npm", null, null), yarnLock ? List.of("package.json", "yarn.lock")
            : List.of(), yarnLock ? new InstallOrder(false, "yarn install reads package.json"
                + " and yarn.lock.", rules.rule("RUBY-STEP-YARN-INSTALL").id()) : null));
    draft.finding(node, "Node.js " + node.value() + " for " + why + ": " + node.effect(), null);
    node.env().forEach((name, value) -> draft.buildEnv(name, new EnvVar(value, node.id())));
    return true;
  }

  /** Yarn 1 and yarn install, when the buildpack installed Node.js and Yarn is needed. */
  void steps(RubyFacts ruby, boolean installedNode, DetectionDraft draft) {
    if (installedNode && needsYarn(ruby)) {
      Rule yarn = rules.rule("RUBY-YARN-INSTALL");
      // Yarn belongs to the copied Node.js: its steps run where node is, and again in the
      // runtime stage only when a process calls node.
      draft.step(new BuildStep(NODE, "tooling", yarn.command("install").replace("{version}",
          yarn.value()), yarn.id(), List.of(), List.of()));
      if (ruby.has("yarn.lock")) {
        Rule install = rules.rule("RUBY-STEP-YARN-INSTALL");
        draft.step(new BuildStep(NODE, "install", install.command("install"), install.id(),
            List.of(), install.caches()));
      }
    }
  }

  /** The locked gems for which the buildpack installs Node.js (RUBY-NODE-INSTALL's values). */
  private List<String> nodeGems(GemfileLock lock) {
    return rules.rule("RUBY-NODE-INSTALL").values().stream().filter(lock::has).toList();
  }

  /** Yarn is needed for yarn.lock, or for a gem in RUBY-YARN-INSTALL's values. */
  private boolean needsYarn(RubyFacts ruby) {
    return ruby.has("yarn.lock")
        || rules.rule("RUBY-YARN-INSTALL").values().stream().anyMatch(ruby.lockOrEmpty()::has);
  }
}
