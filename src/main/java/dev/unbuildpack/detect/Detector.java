package dev.unbuildpack.detect;

import dev.unbuildpack.app.AppDir;

/** Recognises one language ecosystem in an app and reads its manifests into facts. */
public interface Detector {
  /** The ecosystem id ("node"). */
  String id();

  /** Lower runs first; the order of ecosystems in a Detection follows it. */
  int priority();

  /** The files whose presence makes {@link #detects} pass, for error messages. */
  java.util.List<String> markers();

  /** True when the app belongs to this ecosystem (the buildpack's bin/detect would pass). */
  boolean detects(AppDir app);

  /** Reads the manifests; malformed input throws {@code BadInputException}. */
  EcosystemFacts facts(AppDir app);
}
