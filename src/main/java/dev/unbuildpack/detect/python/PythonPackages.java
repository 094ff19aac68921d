package dev.unbuildpack.detect.python;

import dev.unbuildpack.app.AppDir;
import java.util.List;
import java.util.Optional;

/**
 * Every Python distribution the app installs, read from whichever lockfile or requirements file
 * the package manager uses, indirect packages included.
 */
public record PythonPackages(List<PythonPackage> packages) {
  public PythonPackages {
    packages = List.copyOf(packages);
  }

  /** Reads the app's package lists; malformed input throws {@code BadInputException}. */
  public static PythonPackages read(AppDir app) {
    return new PythonPackages(List.of());
  }

  /** The package of this PEP 503 name, if the app installs it. */
  public Optional<PythonPackage> find(String name) {
    return packages.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public boolean has(String name) {
    return find(name).isPresent();
  }
}
