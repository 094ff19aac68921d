package dev.unbuildpack.model;

/**
 * A .dockerignore pattern.
 *
 * @param pattern the pattern as .dockerignore takes it
 * @param source ".slugignore:3", or "default"
 */
public record IgnoreEntry(String pattern, String source) {}
