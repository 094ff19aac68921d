package dev.unbuildpack.common.text;

import dev.unbuildpack.common.Location;

/**
 * One .dockerignore pattern line. The file is read line by line, so a line break in a pattern
 * would add a pattern of the app's choosing ("!.env" would put the local secrets back into the
 * build context): such a pattern is refused, as is one with surrounding spaces, which Docker
 * strips. A leading '#' would make the line a comment, so it is escaped.
 */
public final class IgnoreLine {
  private IgnoreLine() {}

  public static String pattern(String pattern, Location where) {
    if (pattern.isBlank() || VisibleText.hasControl(pattern) || !pattern.strip().equals(pattern)) {
      throw Refusal.of("The .dockerignore pattern", pattern, where,
          "A .dockerignore pattern is one line without surrounding spaces; a line break would add"
              + " another pattern.",
          "Remove the line break or the surrounding spaces from the pattern.");
    }
    return (pattern.startsWith("#") ? "\\" + pattern : pattern) + "\n";
  }
}
