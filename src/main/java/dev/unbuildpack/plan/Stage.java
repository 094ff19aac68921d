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
 * @param description what the base image holds, in the words of the images' data ("a JRE on
 *     Ubuntu 24.04"); null for the generic text
 */
public record Stage(
    String name, ImageRef image, List<SystemPackage> packages, List<EnvSetting> env,
    String description) {
  public Stage {
    packages = List.copyOf(packages);
    env = List.copyOf(env);
  }

  /** A stage whose image the generic text describes (no description of its own). */
  public Stage(String name, ImageRef image, List<SystemPackage> packages, List<EnvSetting> env) {
    this(name, image, packages, env, null);
  }
}
