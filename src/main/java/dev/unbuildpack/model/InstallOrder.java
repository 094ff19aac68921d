package dev.unbuildpack.model;

/**
 * Whether the dependency install can run with only the manifests copied in (so its layer is
 * cached until they change), or needs the whole app, as on Heroku, where it always has it.
 *
 * @param sourcesFirst true when the install reads or runs more than the manifests (a lifecycle
 *     script, patch files, a dependency from a folder of the app), so the sources come first
 * @param reason why, naming what the install needs and where it is declared
 * @param rule the rule that decided it
 */
public record InstallOrder(boolean sourcesFirst, String reason, String rule) {}
