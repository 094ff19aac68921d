package dev.unbuildpack.model;

import java.util.List;

/** Debian bookworm packages to install in the build stage and in the runtime stage. */
public record SystemPackages(List<SystemPackage> build, List<SystemPackage> run) {
  public SystemPackages {
    build = List.copyOf(build);
    run = List.copyOf(run);
  }
}
