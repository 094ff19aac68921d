package dev.unbuildpack.verify;

import dev.unbuildpack.build.ContainerSpec;
import java.util.List;

/**
 * How an image starts one Procfile process. A Dockerfile image starts its web process with its
 * own command and any other through bash, as compose.yaml does; a buildpacks (CNB) image through
 * the launcher's {@code /cnb/process/TYPE}; a slug image through the dyno's start sequence.
 */
@FunctionalInterface
public interface Launch {
  /** The container for process {@code type} whose Procfile command line is {@code command}. */
  ContainerSpec spec(String image, String type, String command);

  /** The image's own command for web; bash -c COMMAND (no entrypoint) for the others. */
  static Launch dockerfile() {
    return (image, type, command) -> "web".equals(type)
        ? ContainerSpec.of(image)
        : ContainerSpec.of(image).withLaunch(List.of(), List.of("bash", "-c", command));
  }

  /**
   * A slug image: its entrypoint starts a process as a dyno does (profile scripts, then bash -c
   * with the Procfile command line, which it takes as its one argument).
   */
  static Launch dynoStart() {
    return (image, type, command) -> ContainerSpec.of(image).withLaunch(null, List.of(command));
  }

  /** A CNB image: the lifecycle's launcher starts each process type by its own entry point. */
  static Launch buildpacks() {
    return (image, type, command) ->
        ContainerSpec.of(image).withLaunch(List.of("/cnb/process/" + type), List.of());
  }
}
