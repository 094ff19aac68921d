package dev.unbuildpack.plan;

/** One variable of a stage, with the rule that set it (or the reason, for unbuildpack's own). */
public record EnvSetting(String name, String value, String rule) {}
