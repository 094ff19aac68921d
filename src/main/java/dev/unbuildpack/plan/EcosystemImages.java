package dev.unbuildpack.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official images an ecosystem builds and runs on, and the unprivileged user they already
 * have: data in {@code rules/<ecosystem>/data/images.toml}, with its source.
 *
 * @param buildImage the build stage's image, "%s" standing for the exact runtime version
 * @param runtimeImage the runtime stage's image, same placeholder
 * @param user the unprivileged user that image already has
 * @param source where the image names and the user were read
 */
record EcosystemImages(String buildImage, String runtimeImage, RunUser user, RuleSource source) {
  private static final Map<String, EcosystemImages> LOADED = new ConcurrentHashMap<>();

  static EcosystemImages of(String ecosystem) {
    EcosystemImages images = LOADED.computeIfAbsent(ecosystem, EcosystemImages::load);
    if (images.buildImage() == null) {
      throw new BadInputException(
          "unbuildpack cannot convert " + ecosystem + " apps yet",
          Location.of(ecosystem),
          "No rules/" + ecosystem + "/data/images.toml names base images and a user for it.",
          List.of("Run 'unbuildpack detect' to see what was found, and convert by hand for now."));
    }
    return images;
  }

  /** The data file's record; one with no images when the ecosystem has none. */
  private static EcosystemImages load(String ecosystem) {
    String file = ecosystem + "/data/images.toml";
    if (!RuleData.exists(file)) {
      return new EcosystemImages(null, null, null, null);
    }
    try {
      return RuleData.read(file, EcosystemImages.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid rules/" + file + ": " + e.getOriginalMessage(), e);
    }
  }

  String buildReference(String version) {
    return buildImage.formatted(version);
  }

  String runtimeReference(String version) {
    return runtimeImage.formatted(version);
  }
}
