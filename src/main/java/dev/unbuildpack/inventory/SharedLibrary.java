package dev.unbuildpack.inventory;

/**
 * A shared library file present in the image.
 *
 * @param soname the name other objects ask for ("libvips.so.42")
 * @param path absolute image path
 * @param ownerPackage the OS package whose file list has it ("deb:libvips42"), or null
 */
public record SharedLibrary(String soname, String path, String ownerPackage) {}
