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

  static final List<IgnoreEntry> ENTRIES =
      List.of(
          new IgnoreEntry("Dockerfile", WHY),
          new IgnoreEntry(".dockerignore", WHY),
          new IgnoreEntry("compose.yaml", WHY),
          new IgnoreEntry("unbuildpack-report.md", WHY));

  private DefaultIgnore() {}
}
