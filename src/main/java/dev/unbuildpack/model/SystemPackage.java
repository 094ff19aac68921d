package dev.unbuildpack.model;

/**
 * @param name Debian package name
 * @param rule the rule that asked for it
 * @param reason why, in a few words ("npm package canvas (package.json:12)", "Aptfile:2")
 */
public record SystemPackage(String name, String rule, String reason) {}
