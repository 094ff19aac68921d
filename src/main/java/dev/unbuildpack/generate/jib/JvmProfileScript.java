package dev.unbuildpack.generate.jib;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.rules.RuleData;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The JVM buildpacks' start-up script (rule JVM-PROFILE-SCRIPT): the Dockerfile's build writes it
 * to /app from rules/jvm/data/profile.toml, and the image's command sources it. Jib needs it as a
 * file.
 */
final class JvmProfileScript {
  private static final String DATA = "jvm/data/profile.toml";
  private static final String RULE = "JVM-PROFILE-SCRIPT";

  /** The data file's shape. */
  record Data(String file, Map<String, String> source, String script) {}

  private JvmProfileScript() {}

  /** The script, when the plan's command sources it. */
  static Optional<JibFile> of(BuildPlan plan) {
    if (!RuleData.exists(DATA)) {
      return Optional.empty();
    }
    Data data;
    try {
      data = RuleData.read(DATA, Data.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("rules/" + DATA + " does not bind", e);
    }
    if (!plan.processes().profileScripts().contains(data.file())) {
      return Optional.empty();
    }
    // As the build step writes it: one printf per line of the stripped script
    // (rules.jvm.JvmProfile).
    String text = String.join("\n", data.script().strip().lines().toList()) + "\n";
    return Optional.of(new JibFile(data.file(), text, RULE));
  }
}
