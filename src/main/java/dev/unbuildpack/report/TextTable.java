package dev.unbuildpack.report;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Left-aligned columns separated by two spaces, indented by two. Widths are measured on the
 * plain text and styling is applied after padding, so colour never shifts a column.
 */
final class TextTable {
  private TextTable() {}

  /**
   * @param style called with (column index, cell text) and returns the cell to print
   */
  static String render(
      List<String> headers, List<List<String>> rows, BiFunction<Integer, String, String> style) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], shown(row.get(i)).length());
      }
    }
    StringBuilder text = new StringBuilder();
    line(text, headers.stream().map(h -> h.toUpperCase(java.util.Locale.ROOT)).toList(), widths,
        (i, cell) -> cell);
    for (List<String> row : rows) {
      line(text, row, widths, style);
    }
    return text.toString();
  }

  private static void line(
      StringBuilder text, List<String> cells, int[] widths,
      BiFunction<Integer, String, String> style) {
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < cells.size(); i++) {
      String cell = shown(cells.get(i));
      line.append(style.apply(i, cell));
      if (i < cells.size() - 1) {
        line.append(" ".repeat(widths[i] - cell.length() + 2));
      }
    }
    text.append(line.toString().stripTrailing()).append('\n');
  }

  private static String shown(String cell) {
    return cell == null ? "-" : safe(cell);
  }

  /**
   * Control characters from image data shown as {@code \\u001b}-style escapes: a hostile image
   * must not be able to send escape sequences to the reviewer's terminal.
   */
  static String safe(String text) {
    StringBuilder safe = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                safe.append(String.format("\\u%04x", c));
              } else {
                safe.appendCodePoint(c);
              }
            });
    return safe.toString();
  }
}
