package dev.unbuildpack.model;

/**
 * @param name "npm", "yarn", "pnpm"
 * @param version exact or range as the buildpack installs it; null when bundled with the runtime
 * @param lockfile the lockfile used, relative to the app root; null when there is none
 */
public record PackageManager(String name, String version, String lockfile) {}
