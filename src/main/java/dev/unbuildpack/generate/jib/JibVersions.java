package dev.unbuildpack.generate.jib;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;

/**
 * The Jib plugins the configurations name, read once from {@code rules/jvm/data/jib.toml} with
 * their sources; the two are released separately.
 *
 * @param maven com.google.cloud.tools:jib-maven-plugin
 * @param gradle com.google.cloud.tools:jib-gradle-plugin (Gradle Plugin Portal)
 */
record JibVersions(Plugin maven, Plugin gradle) {
  static final JibVersions SHIPPED = read();

  /** One plugin's version and where it was read. */
  record Plugin(String version, RuleSource source) {}

  private static JibVersions read() {
    try {
      return RuleData.read("jvm/data/jib.toml", JibVersions.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid rules/jvm/data/jib.toml: " + e.getOriginalMessage(),
          e);
    }
  }
}
