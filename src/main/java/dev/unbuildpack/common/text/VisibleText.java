package dev.unbuildpack.common.text;

/**
 * Text with every line terminator and other control character replaced by a visible escape
 * ({@code \n}, {@code \r}, {@code \u2028}, ...), so it stays on one line and a reviewer still
 * sees what the app wrote. Tabs become a space.
 */
public final class VisibleText {
  private VisibleText() {}

  public static String of(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\t') {
        out.append(' ');
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (breaksLine(c) || Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** True for a character some reader (Docker, YAML, an editor, a browser) ends a line at. */
  public static boolean breaksLine(char c) {
    return c == '\n' || c == '\r' || c == '\u000B' || c == '\u000C' || c == '\u0085'
        || c == '\u2028' || c == '\u2029';
  }

  /** True when the text holds a line terminator or any other control character but a tab. */
  public static boolean hasControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && (breaksLine(c) || Character.isISOControl(c))) {
        return true;
      }
    }
    return false;
  }
}
