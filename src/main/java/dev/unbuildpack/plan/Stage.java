package dev.unbuildpack.plan;

import dev.unbuildpack.model.SystemPackage;
import java.util.List;

/**
 * One stage of the image build.
 *
 * @param name the stage name ("build", "runtime")
 * @param image its base image
 * @param packages Debian packages installed on top of it, sorted by name, one entry per package
 * @param env variables set in this stage, sorted by name
 */
public record Stage(
    String name, ImageRef image, List<SystemPackage> packages, List<EnvSetting> env) {
  public Stage {
    packages = List.copyOf(packages);
    env = List.copyOf(env);
  }
}
