package dev.unbuildpack.common.text;

/** HTML text: safe in element content and in double- or single-quoted attributes. */
public final class Html {
  private Html() {}

  /** Escapes the markup characters; other control characters but newline and tab become spaces. */
  public static String escape(String value) {
    if (value == null) {
      return "—";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      String entity = entity(c);
      if (entity != null) {
        out.append(entity);
      } else {
        out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return out.toString();
  }

  /** The entity for a character HTML would read as markup, or null. */
  static String entity(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }
}
