package dev.unbuildpack.detect.heroku;

import dev.unbuildpack.common.Location;

/** One "type: command" line of a Procfile. */
public record ProcfileEntry(String type, String command, Location at) {}
