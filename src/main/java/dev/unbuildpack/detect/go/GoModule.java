package dev.unbuildpack.detect.go;

import dev.unbuildpack.common.Location;

/** A module path and version as a require or exclude line of go.mod names them. */
public record GoModule(String path, String version, Location at) {}
