package dev.unbuildpack.report;

import java.util.List;
import java.util.stream.Collectors;

/** Markdown building blocks with escaping: image data must not turn into markup or links. */
final class Markdown {
  private Markdown() {}

  /**
   * Text safe in a table cell or a paragraph: HTML-significant characters become entities (the
   * report sits inside HTML {@code <details>} blocks), Markdown punctuation is backslash-escaped,
   * and line breaks become spaces so a row stays one row.
   */
  static String text(String value) {
    if (value == null) {
      return "—";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (char c : value.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r', '\n', '\t' -> out.append(' ');
        case '\\', '|', '`', '*', '_', '[', ']', '#', '~', '!' -> out.append('\\').append(c);
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.toString();
  }

  static String table(List<String> headers, List<List<String>> rows) {
    StringBuilder table = new StringBuilder();
    table.append(row(headers));
    table.append(headers.stream().map(h -> "---").collect(Collectors.joining("|", "|", "|\n")));
    rows.forEach(r -> table.append(row(r)));
    return table.toString();
  }

  private static String row(List<String> cells) {
    return cells.stream().map(Markdown::text).collect(Collectors.joining(" | ", "| ", " |\n"));
  }
}
