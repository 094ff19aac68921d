package dev.unbuildpack.model;

/**
 * @param type Procfile process type ("web", "worker", "release", ...)
 * @param command the command line as the Procfile has it
 * @param source "Procfile:3", or the rule that supplied the default ("default process, rule ...")
 */
public record Process(String type, String command, String source) {}
