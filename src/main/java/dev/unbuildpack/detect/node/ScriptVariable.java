package dev.unbuildpack.detect.node;

import dev.unbuildpack.common.Location;

/** A shell variable ({@code $NAME} or {@code ${NAME}}) that a package.json script reads. */
public record ScriptVariable(String script, String name, Location at) {}
