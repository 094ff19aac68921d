package dev.unbuildpack.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Validated rules by id, in the order their files list them. */
public final class RuleSet {
  private static RuleSet builtIn;

  private final Map<String, Rule> rules;
  private final Map<String, String> files;

  RuleSet(Map<String, Rule> rules, Map<String, String> files) {
    this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    this.files = Map.copyOf(files);
  }

  /**
   * The rules shipped with unbuildpack (rules/ on the class path), loaded once: compiled at build
   * time when the build did so, else from their TOML files.
   */
  public static synchronized RuleSet builtIn() {
    if (builtIn == null) {
      builtIn = CompiledRules.ruleSet().orElseGet(RuleLoader::loadBuiltIn);
    }
    return builtIn;
  }

  public List<Rule> all() {
    return List.copyOf(rules.values());
  }

  public boolean contains(String id) {
    return rules.containsKey(id);
  }

  /** A rule the engine relies on; its absence is a bug in the shipped rule files. */
  public Rule rule(String id) {
    Rule rule = rules.get(id);
    if (rule == null) {
      throw new IllegalStateException("no rule " + id + " in the rule files");
    }
    return rule;
  }

  /** The file that defines a rule ("rules/node/runtime.toml"). */
  public String file(String id) {
    return files.get(id);
  }
}
