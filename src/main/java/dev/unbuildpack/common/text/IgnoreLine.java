package dev.unbuildpack.common.text;

import dev.unbuildpack.common.Location;

/**
 * One .dockerignore pattern line. The file is read line by line, so a line break in a pattern
 * would add a pattern of the app's choosing ("!.env" would put the local secrets back into the
 * build context): such a pattern is refused.
 */
public final class IgnoreLine {
  private IgnoreLine() {}

  public static String pattern(String pattern, Location where) {
    if (pattern.isBlank() || VisibleText.hasControl(pattern)) {
      throw Refusal.of("The .dockerignore pattern", pattern, where,
          "A .dockerignore pattern is one non-empty line; a line break would add another pattern.",
          "Remove the line break from the pattern.");
    }
    return pattern + "\n";
  }
}
