package dev.unbuildpack.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Variables the buildpack sets, by name, sorted so output is deterministic. */
public record Env(Map<String, EnvVar> build, Map<String, EnvVar> run) {
  public Env {
    build = Collections.unmodifiableMap(new TreeMap<>(build));
    run = Collections.unmodifiableMap(new TreeMap<>(run));
  }
}
