package dev.unbuildpack.check;

import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import java.util.ArrayList;
import java.util.List;

/**
 * A build-time secret the app needs, from detection.
 *
 * @param secret the secret's name (also the id the Dockerfile should mount)
 * @param file where the need was found, relative to the app
 * @param line 1-based, or null
 * @param rule the detection rule that found it
 * @param commands the build commands that need it (from the detection's build steps)
 */
public record Need(String secret, String file, Integer line, String rule, List<String> commands) {
  public Need {
    commands = List.copyOf(commands);
  }

  /** The needs of a detection: one per build secret, with the steps that list it. */
  public static List<Need> of(Detection detection) {
    List<Need> needs = new ArrayList<>();
    for (BuildSecret secret : detection.buildSecrets()) {
      List<String> commands = detection.buildSteps().stream()
          .filter(step -> step.secrets().contains(secret.name()))
          .map(BuildStep::command).distinct().toList();
      needs.add(new Need(secret.name(), secret.file(), secret.line(), secret.rule(), commands));
    }
    return needs;
  }

  CheckFinding.Place place() {
    return new CheckFinding.Place(file, line);
  }
}
