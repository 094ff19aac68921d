package dev.unbuildpack.rules.jvm;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.jvm.SbtFacts;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.EcosystemRules;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;

/**
 * sbt apps: the JDK is resolved as for every JVM app, and an error finding explains that the
 * build is not converted, so convert stops with exit 3 while detect and survey still report the
 * app as the Scala buildpack's.
 */
public final class SbtRules implements EcosystemRules {
  private final RuleSet rules;

  public SbtRules(RuleSet rules) {
    this.rules = rules;
  }

  @Override
  public String ecosystem() {
    return SbtFacts.ID;
  }

  @Override
  public void apply(EcosystemFacts facts, HerokuFiles heroku, ConfigVars config,
      DetectionDraft draft) {
    SbtFacts sbt = (SbtFacts) facts;
    Runtime jdk = new JdkRules(rules).apply(sbt.system(), draft);
    draft.ecosystem(new Ecosystem(SbtFacts.ID, jdk, null, List.of()));
    draft.finding(rules.rule("SCALA-SBT-NOT-CONVERTED"), "An sbt app (" + String.join(", ",
        sbt.markers().stream().map(dev.unbuildpack.common.text.VisibleText::of).toList()) + "), which Heroku builds with the Scala buildpack: unbuildpack does not"
        + " convert sbt builds yet, so it writes no Dockerfile. Build it with 'sbt stage' in a"
        + " Dockerfile of your own, or add a Maven or Gradle build.",
        Location.of(sbt.markers().get(0)));
  }
}
