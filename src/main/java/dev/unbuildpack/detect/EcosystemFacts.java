package dev.unbuildpack.detect;

/**
 * What a {@link Detector} found in an app: declared facts with their evidence, no decisions. The
 * rules turn them into a {@code model.Detection}.
 */
public interface EcosystemFacts {
  /** The ecosystem id, as in {@code model.Ecosystem.id()}. */
  String ecosystem();

  /**
   * True when the buildpack's build creates this file of the app ("bin/web" for a Go binary),
   * so a Procfile command naming it is no missing script.
   */
  default boolean builds(String path) {
    return false;
  }
}
