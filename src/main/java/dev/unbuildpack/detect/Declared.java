package dev.unbuildpack.detect;

import dev.unbuildpack.common.Location;

/** A value as the app declares it, with the place it is declared. */
public record Declared(String value, Location at) {}
