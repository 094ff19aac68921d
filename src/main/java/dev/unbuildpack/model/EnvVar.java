package dev.unbuildpack.model;

/** A variable's value and the rule that set it. */
public record EnvVar(String value, String rule) {}
