package dev.unbuildpack.detect.python;

import dev.unbuildpack.common.Location;
import java.util.List;

/**
 * One Python distribution the app installs, as a lockfile or requirements file names it.
 *
 * @param name the PEP 503 normalised name ("psycopg2", "pillow")
 * @param version the exact version installed, or null when only a range or nothing is known
 * @param at the file and line that names it
 * @param direct true when the app asks for it itself, false when another package pulls it in
 * @param extras the extras asked for ("psycopg[c]" → ["c"]), normalised; empty for most
 */
public record PythonPackage(
    String name, String version, Location at, boolean direct, List<String> extras) {
  public PythonPackage {
    extras = extras == null ? List.of() : List.copyOf(extras);
  }

  public PythonPackage(String name, String version, Location at, boolean direct) {
    this(name, version, at, direct, List.of());
  }

  /** "psycopg2 2.9.10 (requirements.txt:3)", or the name alone when no version is known. */
  public String described() {
    return name + (extras.isEmpty() ? "" : "[" + String.join(",", extras) + "]")
        + (version == null ? "" : " " + version) + " (" + at + ")";
  }
}
