package dev.unbuildpack.model;

import java.util.List;

/**
 * Debian packages to install in the build stage and in the runtime stage, named as the chosen
 * release ({@link Detection#debian}) names them.
 */
public record SystemPackages(List<SystemPackage> build, List<SystemPackage> run) {
  public SystemPackages {
    build = List.copyOf(build);
    run = List.copyOf(run);
  }
}
