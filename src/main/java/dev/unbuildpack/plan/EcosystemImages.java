package dev.unbuildpack.plan;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.List;
import java.util.Map;

/**
 * The official images each ecosystem builds and runs on, named as users pull them. The build stage
 * uses the full Debian variant, which like Heroku's build image carries compilers, python3 and git
 * for native modules; the runtime stage uses the slim variant, which like Heroku's run image has
 * none of them. Both are Debian bookworm, the release the system-package rules name packages for.
 *
 * @param buildImage the build stage's image, "%s" standing for the exact runtime version
 * @param runtimeImage the runtime stage's image, same placeholder
 * @param user the unprivileged user that image already has
 */
record EcosystemImages(String buildImage, String runtimeImage, RunUser user) {

  private static final Map<String, EcosystemImages> KNOWN =
      Map.of(
          "node",
          new EcosystemImages(
              "node:%s-bookworm",
              "node:%s-bookworm-slim",
              // The official node images create user "node" with uid 1000, like Heroku's dyno user.
              new RunUser("node", 1000)));

  static EcosystemImages of(String ecosystem) {
    EcosystemImages images = KNOWN.get(ecosystem);
    if (images == null) {
      throw new BadInputException(
          "unbuildpack cannot convert " + ecosystem + " apps yet",
          Location.of(ecosystem),
          "Only these ecosystems have base images and a Dockerfile layout: "
              + String.join(", ", KNOWN.keySet().stream().sorted().toList()) + ".",
          List.of("Run 'unbuildpack detect' to see what was found, and convert by hand for now."));
    }
    return images;
  }

  String buildReference(String version) {
    return buildImage.formatted(version);
  }

  String runtimeReference(String version) {
    return runtimeImage.formatted(version);
  }
}
