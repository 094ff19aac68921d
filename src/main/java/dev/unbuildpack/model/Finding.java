package dev.unbuildpack.model;

/**
 * Something the user should know. Messages never contain a secret's value, only its masked
 * fingerprint.
 *
 * @param file relative to the app root; null when the finding is about the app as a whole
 * @param line 1-based; null when not known
 */
public record Finding(Severity severity, String rule, String message, String file, Integer line) {}
