package dev.unbuildpack.verify;

/**
 * An image verify compares or runs.
 *
 * @param ref the engine's reference (a tag or an image id)
 * @param origin how it was made, for the report ("Dockerfile", "slug on heroku-24", ...)
 * @param launch how its processes start
 * @param buildMillis how long making it took, 0 when it already existed
 */
public record BuiltImage(String ref, String origin, Launch launch, long buildMillis) {}
