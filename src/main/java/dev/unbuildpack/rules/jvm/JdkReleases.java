package dev.unbuildpack.rules.jvm;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JDK versions the JVM buildpacks install (rules/jvm/data/jdk-releases.toml, from
 * heroku-buildpack-jvm-common's inventory.json): the aliases a request is looked up in once, and
 * the exact versions published for the stack.
 */
public record JdkReleases(String date, RuleSource source, Map<String, String> aliases,
    List<String> versions) {
  static final String FILE = "jvm/data/jdk-releases.toml";

  public JdkReleases {
    aliases = Map.copyOf(aliases);
    versions = List.copyOf(versions);
  }

  private static JdkReleases builtIn;

  static synchronized JdkReleases builtIn() {
    if (builtIn == null) {
      try {
        builtIn = RuleData.read(FILE, JdkReleases.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("invalid rules/" + FILE + ": " + e.getOriginalMessage(), e);
      }
    }
    return builtIn;
  }

  /**
   * The exact version a request resolves to, as inventory.sh's jq query does: the alias when the
   * request is one ("21" is "21.0.12"), else the request itself; empty when that is no published
   * version.
   */
  public Optional<String> resolve(String request) {
    String version = aliases.getOrDefault(request, request);
    return versions.contains(version) ? Optional.of(version) : Optional.empty();
  }

  /** "21" for "21.0.5", "8" for "1.8.0_502": the major version, as release lines group them. */
  static String major(String version) {
    if (version.startsWith("1.")) {
      String[] parts = version.split("[._]");
      return parts.length > 1 ? parts[1] : version;
    }
    int dot = version.indexOf('.');
    return dot < 0 ? version : version.substring(0, dot);
  }
}
