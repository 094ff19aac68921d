package dev.unbuildpack.rules.jvm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * rules/jvm/data/images.toml as the rules read it: which exact JDK versions have an Eclipse
 * Temurin image tag. The plan reads the same file for the image names.
 */
record TemurinImages(String buildImage, String runtimeImage, Map<String, Object> user,
    boolean create, RuleSource source, Map<String, String> tags, String buildStage,
    String runtimeStage) {
  static final String FILE = "jvm/data/images.toml";

  private static TemurinImages builtIn;

  static synchronized TemurinImages builtIn() {
    if (builtIn == null) {
      try {
        builtIn = RuleData.read(FILE, TemurinImages.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("invalid rules/" + FILE + ": " + e.getOriginalMessage(), e);
      }
    }
    return builtIn;
  }

  boolean listed(String version) {
    return tags.containsKey(version);
  }

  /** The newest listed version of the same major version, when there is one. */
  Optional<String> newestOfMajor(String version) {
    String major = JdkReleases.major(version);
    return tags.keySet().stream().filter(v -> JdkReleases.major(v).equals(major))
        .max(Comparator.comparing(TemurinImages::sortKey));
  }

  /** "21.0.9" before "21.0.12": each number compared as a number. */
  private static String sortKey(String version) {
    StringBuilder key = new StringBuilder();
    for (String part : version.split("[._]")) {
      key.append(String.format("%08d", part.matches("\\d{1,8}") ? Integer.parseInt(part) : 0));
    }
    return key.toString();
  }
}
