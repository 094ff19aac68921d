package dev.unbuildpack.generate;

import dev.unbuildpack.plan.BuildPlan;
import java.util.Locale;
import java.util.Map;

/** Names shown to the user: the ecosystem's display name, the image and compose project name. */
final class Names {
  private static final Map<String, String> DISPLAY = Map.of("node", "Node.js", "python", "Python");

  private Names() {}

  static String ecosystem(BuildPlan plan) {
    return DISPLAY.getOrDefault(plan.ecosystem().id(), plan.ecosystem().id());
  }

  /**
   * The app's name as an image name and compose project name: lower case letters, digits, '-' and
   * '_', starting with a letter or digit.
   */
  static String image(BuildPlan plan) {
    String name = plan.app().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
    name = name.replaceAll("^[^a-z0-9]+", "");
    return name.isEmpty() ? "app" : name;
  }
}
