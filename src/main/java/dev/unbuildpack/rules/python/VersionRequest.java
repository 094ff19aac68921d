package dev.unbuildpack.rules.python;

import dev.unbuildpack.common.Location;

/**
 * The Python version the app asks for and where: "3.12" or "3.12.4".
 *
 * @param version null when nothing was asked (the default applies)
 * @param origin the file the buildpack names ("runtime.txt", ".python-version", "Pipfile.lock"),
 *     or "default"
 * @param at the file and line; null for the default
 * @param rule the rule that chose this source
 */
record VersionRequest(String version, String origin, Location at, String rule) {
  boolean isDefault() {
    return at == null;
  }

  String describe() {
    return at == null ? "no version file (" + rule + ")"
        : at + " \"" + version + "\"";
  }
}
