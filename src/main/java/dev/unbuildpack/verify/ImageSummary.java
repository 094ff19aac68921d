package dev.unbuildpack.verify;

/**
 * One image as the report shows it.
 *
 * @param ref the engine's reference
 * @param origin how it was made ("Dockerfile", "slug on a stack image", "buildpack image")
 * @param sizeBytes the sum of its layers' uncompressed sizes
 * @param buildMillis how long making it took; 0 when it already existed
 */
public record ImageSummary(String ref, String origin, long sizeBytes, long buildMillis) {}
