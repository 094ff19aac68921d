package dev.unbuildpack.verify.reference;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What {@link PackBuild} needs.
 *
 * @param appDir the app to build
 * @param imageName the name of the image pack writes to the engine
 * @param builder the builder image; null is {@link PackBuild#DEFAULT_BUILDER}
 * @param buildEnv build-time config vars: name → value. Only the names reach pack's command line
 *     ({@code --env NAME}, which pack reads from its own environment); the values go into the pack
 *     process's environment and nowhere else
 * @param progress receives pack's output, line by line, for stderr
 */
public record PackRequest(Path appDir, String imageName, String builder,
    Map<String, String> buildEnv, Consumer<String> progress) {
  public PackRequest {
    buildEnv = Map.copyOf(buildEnv);
  }

  String builderOrDefault() {
    return builder == null ? PackBuild.DEFAULT_BUILDER : builder;
  }

  /** The variable names, sorted, so the command line is the same on every run. */
  List<String> buildEnvNames() {
    return buildEnv.keySet().stream().sorted().toList();
  }
}
