package dev.unbuildpack.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Variables the buildpack sets, by name, sorted so output is deterministic, and the config vars
 * the app expects at run time, by name only.
 *
 * @param build variables the rules set for the build; a config var replaces one only with a plain
 *     word (NODE_ENV=staging), never adds one
 * @param run variables the rules set at run time; the same
 * @param configVars app.json's config vars, in the order app.json declares them, without values
 */
public record Env(Map<String, EnvVar> build, Map<String, EnvVar> run, List<ConfigVar> configVars) {
  public Env {
    build = Collections.unmodifiableMap(new TreeMap<>(build));
    run = Collections.unmodifiableMap(new TreeMap<>(run));
    configVars = configVars == null ? List.of() : List.copyOf(configVars);
  }

  /** The buildpack's variables alone, for an app without config vars. */
  public Env(Map<String, EnvVar> build, Map<String, EnvVar> run) {
    this(build, run, List.of());
  }
}
