package dev.unbuildpack.rules;

import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.heroku.HerokuFiles;

/**
 * The rules of one language ecosystem: they turn what its detector found into decisions in the
 * draft (runtime, package manager, build steps, packages, environment, processes, findings).
 */
public interface EcosystemRules {
  /** The ecosystem these rules decide for, as {@link EcosystemFacts#ecosystem()}. */
  String ecosystem();

  void apply(EcosystemFacts facts, HerokuFiles heroku, ConfigVars config, DetectionDraft draft);
}
