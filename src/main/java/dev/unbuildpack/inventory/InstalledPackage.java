package dev.unbuildpack.inventory;

/**
 * A package found installed in the image.
 *
 * @param ecosystem "deb", "apk", "deb-unpacked" (Heroku's apt buildpack, /app/.apt), "npm",
 *     "pypi", "gem", "maven", "composer", "go"
 * @param name package name (npm: "@scope/name")
 * @param version as its metadata records it; null when not recorded
 * @param location the metadata file it was read from (absolute image path)
 * @param size installed size in bytes when the metadata records it, else 0
 */
public record InstalledPackage(
    String ecosystem, String name, String version, String location, long size) {}
