package dev.unbuildpack.rules.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which build secrets each build step needs. Steps are keyed by "install", "prune" or the script
 * name they run; a secret every step needs is keyed by {@link #EVERY_STEP}.
 */
final class StepSecrets {
  static final String INSTALL = "install";
  static final String EVERY_STEP = "*";

  private final Map<String, List<String>> byStep = new LinkedHashMap<>();

  void add(String step, String secret) {
    List<String> names = byStep.computeIfAbsent(step, k -> new ArrayList<>());
    if (!names.contains(secret)) {
      names.add(secret);
    }
  }

  /** The secrets for one step, in the order found. */
  List<String> forStep(String step) {
    List<String> names = new ArrayList<>(byStep.getOrDefault(step, List.of()));
    byStep.getOrDefault(EVERY_STEP, List.of()).stream().filter(n -> !names.contains(n))
        .forEach(names::add);
    return names;
  }
}
