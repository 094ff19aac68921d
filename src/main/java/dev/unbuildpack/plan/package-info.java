/**
 * The neutral build plan: what the image is made of (stages, base images with exact tags, system
 * packages, manifests copied first, build steps with their secret and cache mounts, environment,
 * non-root user, port, processes) decided from a {@link dev.unbuildpack.model.Detection} and the
 * user's options, before any file format is chosen. {@code generate} renders it.
 */
package dev.unbuildpack.plan;
