package dev.unbuildpack.rules;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Detectors;
import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.rules.node.NodeReleases;
import dev.unbuildpack.rules.node.NodeRules;
import java.util.List;

/** Detects an app's ecosystems and applies the rules: the whole of {@code unbuildpack detect}. */
public final class RuleEngine {
  private final RuleSet rules;
  private final NodeReleases nodeReleases;

  public RuleEngine(RuleSet rules, NodeReleases nodeReleases) {
    this.rules = rules;
    this.nodeReleases = nodeReleases;
  }

  private static RuleEngine builtIn;

  /** The engine with the rules and release inventory shipped in unbuildpack, loaded once. */
  public static synchronized RuleEngine builtIn() {
    if (builtIn == null) {
      builtIn = new RuleEngine(RuleSet.builtIn(), NodeReleases.load());
    }
    return builtIn;
  }

  public Detection detect(AppDir app) {
    List<EcosystemFacts> facts = Detectors.detect(app);
    HerokuFiles heroku = HerokuFiles.read(app);
    ConfigVars config = new ConfigVars(heroku);
    DetectionDraft draft = new DetectionDraft(app.name());
    HerokuRules platform = new HerokuRules(rules);
    platform.apply(heroku, draft);
    for (EcosystemFacts ecosystem : facts) {
      if (ecosystem instanceof NodeFacts node) {
        new NodeRules(rules, nodeReleases).apply(node, heroku, config, draft);
      }
    }
    platform.ignore(heroku, draft);
    Rule outside = rules.rule("HEROKU-LINK-OUTSIDE");
    app.refusedLinks().forEach(link -> draft.finding(outside, link + " points outside the app;"
        + " it was not read.", Location.of(link)));
    return draft.build();
  }
}
