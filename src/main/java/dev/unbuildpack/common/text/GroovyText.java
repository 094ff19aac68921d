package dev.unbuildpack.common.text;

import dev.unbuildpack.common.Location;

/**
 * Text in a Gradle build script written in Groovy: single-quoted string literals, which Groovy
 * never interpolates ('$' is literal in them). A backslash followed by "u" is refused, because
 * Groovy may read a Unicode escape there before anything else, in strings and comments alike; so
 * is any control character but tab, line feed and carriage return, which are written as escapes.
 */
public final class GroovyText {
  private GroovyText() {}

  /** A single-quoted Groovy string literal, quotes included, that evaluates to {@code text}. */
  public static String string(String text, Location where) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == 'u') {
            throw Refusal.of("The Groovy string", text, where,
                "Groovy may read a backslash followed by \"u\" as a Unicode escape.",
                "Remove the backslash before \"u\".");
          }
          out.append("\\\\");
        }
        case '\'' -> out.append("\\'");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (VisibleText.breaksLine(c) || Character.isISOControl(c)) {
            throw Refusal.of("The Groovy string", text, where,
                "A control character could end the line the string is on.",
                "Remove the control character.");
          }
          out.append(c);
        }
      }
    }
    return out.append('\'').toString();
  }

  /**
   * A {@code //} comment line's text: made visible on one line ({@link VisibleText}), with a space
   * put between every backslash and a "u" after it, so no Unicode escape can end the line.
   */
  public static String comment(String text) {
    return "// " + VisibleText.of(text).replace("\\u", "\\ u") + "\n";
  }
}
