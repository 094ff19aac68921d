package dev.unbuildpack.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official images an ecosystem builds and runs on, and the unprivileged user they run as:
 * data in {@code rules/<ecosystem>/data/images.toml}, with its source. Which Debian release they
 * are based on is the detection's choice (DEBIAN-RELEASE-*, from image-releases.toml).
 *
 * @param buildImage the build stage's image: "{version}" stands for the exact runtime version,
 *     "{release}" for the Debian release's code name ("node:{version}-{release}")
 * @param runtimeImage the runtime stage's image, same placeholders
 * @param user the unprivileged user the app runs as
 * @param create true when the images lack that user and the Dockerfile must create it (the
 *     official Python images run as root); false when they already have it (node)
 * @param source where the image names and the user were read
 * @param tags the image's tag for an exact runtime version when the two differ (Temurin's tags
 *     carry its build number: "21.0.12" is "21.0.12_8"); null or missing when they are the same
 * @param buildStage what the build image holds, for the Dockerfile and the report; null for the
 *     generic text (the runtime with compilers, like Heroku's build image)
 * @param runtimeStage what the runtime image holds; null for the generic text
 * @param tools tools copied into both stages from their own images (Composer); none for most
 */
record EcosystemImages(String buildImage, String runtimeImage, RunUser user, boolean create,
    RuleSource source, Map<String, String> tags, String buildStage, String runtimeStage,
    List<ToolImage> tools) {
  private static final Map<String, EcosystemImages> LOADED = new ConcurrentHashMap<>();
  /**
   * Ecosystems whose images are another's: the JVM buildpacks (heroku/java, heroku/gradle,
   * heroku/scala) all install the JDK through heroku-buildpack-jvm-common, so one file, in
   * rules/jvm/data, holds their images.
   */
  private static final Map<String, String> SHARED =
      Map.of("java", "jvm", "gradle", "jvm", "scala", "jvm");

  EcosystemImages {
    tools = tools == null ? List.of() : List.copyOf(tools);
  }

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
    String file = SHARED.getOrDefault(ecosystem, ecosystem) + "/data/images.toml";
    if (!RuleData.exists(file)) {
      return new EcosystemImages(null, null, null, false, null, null, null, null, null);
    }
    try {
      return RuleData.read(file, EcosystemImages.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid rules/" + file + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The tools' copies for an ecosystem whose package manager has a version, each image named at
   * that version and passed through the image map.
   */
  List<RuntimeCopy> toolCopies(Ecosystem ecosystem, ImageMap map) {
    if (tools.isEmpty() || ecosystem.packageManager() == null
        || ecosystem.packageManager().version() == null) {
      return List.of();
    }
    String version = ecosystem.packageManager().version();
    return tools.stream().map(tool -> new RuntimeCopy(tool.name(),
        new Runtime(tool.name(), version, null, "the version the buildpack picks",
            tool.rule()),
        map.apply(tool.image().replace("{tool}", version)), tool.paths(), Map.of(), List.of(),
        "the buildpack installs it and keeps it on PATH", tool.source().describe())).toList();
  }

  /** The user the app runs as, and whether the Dockerfile must create it. */
  RunUser runUser() {
    return new RunUser(user.name(), user.uid(), create);
  }

  String buildReference(String version, DebianRelease release) {
    return reference(buildImage, tag(version), release);
  }

  String runtimeReference(String version, DebianRelease release) {
    return reference(runtimeImage, tag(version), release);
  }

  /** The image tag's version for an exact runtime version. */
  private String tag(String version) {
    return tags == null || version == null ? version : tags.getOrDefault(version, version);
  }

  private static String reference(String pattern, String version, DebianRelease release) {
    return pattern.replace("{version}", String.valueOf(version)).replace("{release}", release.codename());
  }
}
