package dev.unbuildpack.detect.python;

import dev.unbuildpack.common.Location;

/**
 * One Python distribution the app installs, as a lockfile or requirements file names it.
 *
 * @param name the PEP 503 normalised name ("psycopg2", "pillow")
 * @param version the exact version installed, or null when only a range or nothing is known
 * @param at the file and line that names it
 * @param direct true when the app asks for it itself, false when another package pulls it in
 */
public record PythonPackage(String name, String version, Location at, boolean direct) {}
