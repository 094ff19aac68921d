package dev.unbuildpack.rules.python;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.python.PythonPackages;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;

/** Credentials the Python install needs (private indexes, private git URLs). */
public final class SecretRules {
  private final RuleSet rules;

  public SecretRules(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * Adds the build secrets and findings to the draft.
   *
   * @return the names of the secrets the dependency install step must mount
   */
  public List<String> apply(AppDir app, PythonPackages packages, ConfigVars config,
      DetectionDraft draft) {
    return List.of();
  }
}
