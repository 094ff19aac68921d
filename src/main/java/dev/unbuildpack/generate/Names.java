package dev.unbuildpack.generate;

import dev.unbuildpack.plan.BuildPlan;
import java.util.Locale;
import java.util.Map;

/** Names shown to the user: the ecosystem's display name, the image and compose project name. */
final class Names {
  private static final Map<String, String> DISPLAY = Map.of("node", "Node.js", "python",
      "Python", "ruby", "Ruby", "java", "Java", "go", "Go", "php", "PHP", "gradle", "Gradle",
      "scala", "Scala");

  private Names() {}

  /** The primary ecosystem's display name, whose images the stages start from. */
  static String ecosystem(BuildPlan plan) {
    return of(plan.ecosystem().id());
  }

  /** Every ecosystem, in the order their buildpacks run: "Node.js + Python". */
  static String ecosystems(BuildPlan plan) {
    return String.join(" + ", plan.ecosystems().stream().map(e -> of(e.id())).toList());
  }

  /**
   * What the build stage's image holds: the images file's text, or, for an ecosystem whose file
   * has none, only what is sure of any image (its contents are that image's to document).
   */
  static String buildStage(BuildPlan plan) {
    String text = plan.build().description();
    return text != null ? text : "The " + ecosystem(plan) + " image the build runs on.";
  }

  /** What the runtime stage's image holds, the same way. */
  static String runtimeStage(BuildPlan plan) {
    String text = plan.runtime().description();
    return text != null ? text : "The " + ecosystem(plan) + " image the app runs on.";
  }

  static String of(String ecosystem) {
    return DISPLAY.getOrDefault(ecosystem, ecosystem);
  }

  /**
   * The runtime's display name: the ecosystem's, except where several ecosystems share one
   * runtime under its own name (the JVM buildpacks' "jdk").
   */
  static String runtime(dev.unbuildpack.model.Ecosystem ecosystem) {
    return ecosystem.runtime() != null && "jdk".equals(ecosystem.runtime().name()) ? "JDK"
        : of(ecosystem.id());
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
