package dev.unbuildpack.image.catalog;

/** A name and version read from one package's metadata file. */
public record PackageRef(String name, String version) {}
