package dev.unbuildpack.rules.node;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which build secrets each build step needs. Steps are keyed by "install", "prune" or the script
 * name they run; a secret every step needs is keyed by {@link #EVERY_STEP}.
 */
final class StepSecrets {
  static final String INSTALL = "install";
  static final String PRUNE = "prune";
  static final String EVERY_STEP = "*";

  // Secret name to the steps that need it, in the order the secrets were found.
  private final Map<String, Set<String>> steps = new LinkedHashMap<>();

  void add(String step, String secret) {
    steps.computeIfAbsent(secret, k -> new LinkedHashSet<>()).add(step);
  }

  /** The secrets one step needs, in the order they were found. */
  List<String> forStep(String step) {
    return steps.entrySet().stream()
        .filter(e -> e.getValue().contains(step) || e.getValue().contains(EVERY_STEP))
        .map(Map.Entry::getKey).toList();
  }
}
