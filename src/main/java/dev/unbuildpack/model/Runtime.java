package dev.unbuildpack.model;

/**
 * The language runtime the buildpack would install.
 *
 * @param name "node"
 * @param version the exact version resolved, e.g. "24.19.0"
 * @param requested what the app asked for ("&gt;=18", "20.x"), or null when nothing was pinned
 * @param source where the request came from ("package.json:5 engines.node") or why the default was
 *     taken
 * @param rule the rule that resolved it
 */
public record Runtime(String name, String version, String requested, String source, String rule) {}
