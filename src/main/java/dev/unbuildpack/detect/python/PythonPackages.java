package dev.unbuildpack.detect.python;

import dev.unbuildpack.app.AppDir;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every Python distribution the app installs, read from whichever lockfile or requirements file
 * the package manager uses, indirect packages included, and the places it installs them from.
 *
 * @param file the file the list comes from ("requirements.txt", "uv.lock"), or null when none
 * @param packages what the install installs
 * @param sources indexes, find-links and URLs the install fetches from (pip.conf's included)
 */
public record PythonPackages(String file, List<PythonPackage> packages,
    List<PackageSource> sources) {
  public PythonPackages {
    packages = List.copyOf(packages);
    sources = List.copyOf(sources);
  }

  public PythonPackages(List<PythonPackage> packages) {
    this(null, packages, List.of());
  }

  static PythonPackages none() {
    return new PythonPackages(null, List.of(), List.of());
  }

  /** Reads the app's package lists; malformed input throws {@code BadInputException}. */
  public static PythonPackages read(AppDir app) {
    // Each file is read once however often the readers ask (the choice of list, then its parse).
    Map<String, Optional<String>> read = new HashMap<>();
    return read(name -> read.computeIfAbsent(name, app::read));
  }

  /**
   * Reads the list of the package manager Heroku picks, checked in its order (Pipfile.lock,
   * requirements.txt, poetry.lock, uv.lock; heroku-buildpack-python lib/package_manager.sh).
   * Having several is the buildpack's error, which the runtime rules report; the first is read.
   */
  static PythonPackages read(Function<String, Optional<String>> files) {
    PythonPackages found;
    if (files.apply(PipfileLock.FILE).isPresent()) {
      found = PipfileLock.read(files);
    } else if (files.apply(RequirementsFile.FILE).isPresent()) {
      RequirementsFile requirements = new RequirementsFile(files).read(RequirementsFile.FILE);
      found = new PythonPackages(RequirementsFile.FILE, requirements.packages(),
          requirements.sources());
    } else if (files.apply(PoetryLock.FILE).isPresent()) {
      found = PoetryLock.read(files);
    } else if (files.apply(UvLock.FILE).isPresent()) {
      found = UvLock.read(files);
    } else {
      found = none();
    }
    List<PackageSource> sources = new ArrayList<>(found.sources());
    sources.addAll(PipConf.read(files));
    return new PythonPackages(found.file(), found.packages(), sources);
  }

  /** The package of this PEP 503 name, if the app installs it. */
  public Optional<PythonPackage> find(String name) {
    return packages.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public boolean has(String name) {
    return find(name).isPresent();
  }
}
