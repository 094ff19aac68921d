package dev.unbuildpack.plan;

import java.util.List;

/**
 * What one ecosystem installs before the app's sources are copied: its manifests and the steps
 * that read nothing else, so the layers cache until a manifest changes.
 *
 * @param ecosystem the ecosystem id
 * @param manifests files copied before its install; empty when the install must see every source
 *     file (see {@code manifestsSkippedBecause})
 * @param manifestsSkippedBecause why its install waits for the whole app, or null
 * @param manifestsFirstBecause why the manifests alone may be copied first, naming the rule that
 *     decided it; null when the sources go first, or when no rule decided it
 * @param steps steps that run before the sources are copied: with only the manifests present, or,
 *     when the sources go first, the package manager's own install alone
 */
public record DependencyGroup(
    String ecosystem,
    List<String> manifests,
    String manifestsSkippedBecause,
    String manifestsFirstBecause,
    List<PlanStep> steps) {
  public DependencyGroup {
    manifests = List.copyOf(manifests);
    steps = List.copyOf(steps);
  }
}
