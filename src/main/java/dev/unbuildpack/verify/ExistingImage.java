package dev.unbuildpack.verify;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import com.github.dockerjava.api.model.ContainerConfig;
import dev.unbuildpack.verify.reference.DynoEntrypoint;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * {@code --buildpack-image REF}: an image buildpacks already built (an earlier {@code pack
 * build}, a CNB image pulled from a registry), used as it is. A CNB image (it carries the
 * lifecycle's {@code io.buildpacks.build.metadata} label) starts each process through the
 * launcher, an image made from a slug earlier through its dyno entrypoint, any other image like a
 * Dockerfile image.
 */
public final class ExistingImage implements Reference {
  static final String CNB_LABEL = "io.buildpacks.build.metadata";

  private final DockerClient docker;
  private final String ref;

  public ExistingImage(DockerClient docker, String ref) {
    this.docker = docker;
    this.ref = ref;
  }

  @Override
  public String mode() {
    return "buildpack-image";
  }

  @Override
  public BuiltImage resolve() {
    InspectImageResponse image;
    try {
      image = docker.inspectImageCmd(ref).exec();
    } catch (NotFoundException e) {
      throw new BadInputException(
          "The Docker Engine has no image " + ref,
          Location.of("--buildpack-image"),
          "--buildpack-image names an image in the engine verify uses, as built or pulled.",
          List.of("Pull it first (docker pull " + ref + "), or build it with pack build."));
    }
    ContainerConfig config = image.getConfig();
    Map<String, String> labels = config == null ? null : config.getLabels();
    String[] entrypoint = config == null ? null : config.getEntrypoint();
    if (labels != null && labels.containsKey(CNB_LABEL)) {
      return new BuiltImage(ref, "buildpacks (CNB) image", Launch.buildpacks(), 0);
    }
    if (entrypoint != null && Arrays.asList(entrypoint).contains(DynoEntrypoint.PATH)) {
      return new BuiltImage(ref, "slug image", Launch.dynoStart(), 0);
    }
    return new BuiltImage(ref, "existing image", Launch.dockerfile(), 0);
  }
}
