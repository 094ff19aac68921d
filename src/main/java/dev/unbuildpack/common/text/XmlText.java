package dev.unbuildpack.common.text;

import dev.unbuildpack.common.Location;

/**
 * Text in an XML file (a Maven plugin configuration): element content, attribute values and
 * comments. Markup characters become entities, and tab, line feed and carriage return become
 * character references, so a parser reads the text back exactly (a literal CR would be read as
 * LF, and a literal newline in an attribute as a space). Characters XML 1.0 cannot carry at all,
 * even as a reference (other C0 controls, U+FFFE, U+FFFF, an unpaired surrogate), are refused.
 */
public final class XmlText {
  private XmlText() {}

  /** Element content or a double- or single-quoted attribute value that reads back as itself. */
  public static String escaped(String text, Location where) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!allowed(text, i)) {
        throw Refusal.of("The XML text", text, where,
            String.format("XML 1.0 cannot hold the character U+%04X, not even as a reference.",
                (int) c),
            "Remove the control character.");
      }
      String entity = Html.entity(c);
      if (entity != null) {
        out.append(c == '\'' ? "&apos;" : entity);
      } else if (c == '\t' || c == '\n' || c == '\r') {
        out.append("&#").append((int) c).append(';');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The text of a {@code <!-- -->} comment, on one line: made visible ({@link VisibleText}), with
   * every "-" that would make "--" (which ends or breaks a comment) or touch the closing "-->"
   * followed by a space, and characters XML cannot hold written as {@code \\uXXXX}.
   */
  public static String comment(String text) {
    String visible = VisibleText.of(text);
    StringBuilder out = new StringBuilder(visible.length());
    for (int i = 0; i < visible.length(); i++) {
      char c = visible.charAt(i);
      if (!allowed(visible, i)) {
        out.append(String.format("\\u%04x", (int) c));
        continue;
      }
      out.append(c);
      if (c == '-' && (i + 1 == visible.length() || visible.charAt(i + 1) == '-')) {
        out.append(' ');
      }
    }
    return out.toString();
  }

  /** True when XML 1.0's Char production admits the character at {@code index}. */
  private static boolean allowed(String text, int index) {
    char c = text.charAt(index);
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return index + 1 < text.length() && Character.isLowSurrogate(text.charAt(index + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return index > 0 && Character.isHighSurrogate(text.charAt(index - 1));
    }
    return true;
  }
}
