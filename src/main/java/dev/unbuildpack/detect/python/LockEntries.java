package dev.unbuildpack.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Location;

/** What every TOML lockfile's [[package]] entry must have: a table with a valid name. */
final class LockEntries {
  private LockEntries() {}

  /** The [[package]] entries; bad input when "package" is something else. */
  static JsonNode list(TomlFile lock, String fix) {
    JsonNode list = lock.root().path("package");
    if (!list.isMissingNode() && !list.isArray()) {
      throw lock.wrong(lock.table("package"), "\"package\" must be an array of tables"
          + " ([[package]]).", fix);
    }
    return list;
  }

  /** The entry's normalised name; bad input when the entry or its name is not valid. */
  static String name(TomlFile lock, JsonNode entry, Location at, String fix) {
    if (!entry.isObject()) {
      throw lock.wrong(at, "A [[package]] entry is not a table.", fix);
    }
    String name = TomlFile.text(entry, "name").orElseThrow(() ->
        lock.wrong(at, "A [[package]] entry has no name (a string).", fix));
    if (!PythonNames.valid(name)) {
      throw lock.wrong(at, "\"" + RequirementsFile.visible(name)
          + "\" is no valid Python package name.", fix);
    }
    return PythonNames.normalise(name);
  }
}
