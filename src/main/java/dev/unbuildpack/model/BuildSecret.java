package dev.unbuildpack.model;

/**
 * A value the build needs that must reach it as a BuildKit secret, never as ARG, ENV or COPY.
 *
 * @param name the variable's name, also used as the secret id
 * @param file where the need was found, relative to the app root
 * @param line 1-based line in that file, or null when the file has no lines (app.json key)
 * @param rule the rule that found it
 */
public record BuildSecret(String name, String file, Integer line, String rule) {}
