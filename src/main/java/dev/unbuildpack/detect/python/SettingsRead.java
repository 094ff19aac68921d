package dev.unbuildpack.detect.python;

import dev.unbuildpack.common.Location;

/**
 * One environment variable a Django settings file reads.
 *
 * @param name the variable
 * @param required true when the read raises without the variable (os.environ["X"], env("X") or
 *     config("X") with no default), so collectstatic fails where it is unset; false when the read
 *     has a default or yields None (os.environ.get, os.getenv, default=...)
 * @param at the file and line of the read
 */
public record SettingsRead(String name, boolean required, Location at) {}
