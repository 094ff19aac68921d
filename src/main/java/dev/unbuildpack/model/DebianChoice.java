package dev.unbuildpack.model;

/**
 * The Debian release the images are based on, whose names the system packages use.
 *
 * @param release the code name's release
 * @param reason why, in a sentence ("node:24.19.0 is published for trixie, Debian's stable
 *     release (official-images library/node, 2026-08-21)")
 * @param rule the rule that decided it
 */
public record DebianChoice(DebianRelease release, String reason, String rule) {}
