package dev.unbuildpack.plan;

import dev.unbuildpack.model.IgnoreEntry;
import java.util.List;

/**
 * .dockerignore entries for the files convert itself writes. The app's own entries (.slugignore
 * and the platform defaults such as .git and node_modules) come from the detection's rules.
 */
final class DefaultIgnore {
  private static final String WHY =
      "written by unbuildpack, not part of the app Heroku built; kept out of the image, and"
          + " editing it does not invalidate the source layer";

  private static final List<String> WRITTEN =
      List.of("Dockerfile", ".dockerignore", "compose.yaml", "unbuildpack-report.md");

  private DefaultIgnore() {}

  /**
   * The written files as the context sees them: under the output folder when it is inside the
   * app (the ignore file under its own name too), by name otherwise.
   */
  static List<IgnoreEntry> entries(BuildContext context) {
    String folder = context.outputInContext() == null || context.outputInContext().isEmpty()
        ? "" : context.outputInContext() + "/";
    List<String> names = new java.util.ArrayList<>(WRITTEN);
    if (!names.contains(context.ignoreFile())) {
      names.add(2, context.ignoreFile());
    }
    return names.stream().map(name -> new IgnoreEntry(folder + name, WHY)).toList();
  }
}
