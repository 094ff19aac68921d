package dev.unbuildpack.verify;

/**
 * Where image A, the buildpack reference, comes from: an existing image, a slug laid on a stack
 * image, or a {@code pack build}. Resolving it may take long (a slug upload, a pack build); it
 * runs while B builds.
 */
public interface Reference {
  /** The report's name for this way: buildpack-image, slug or pack. */
  String mode();

  /** Makes (or finds) image A in the engine. */
  BuiltImage resolve();
}
