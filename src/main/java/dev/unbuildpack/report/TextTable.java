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
   * A table whose first line holds the headers, upper-cased.
   *
   * @param style called with (column index, cell text) and returns the cell to print
   */
  static String render(
      List<String> headers, List<List<String>> rows, BiFunction<Integer, String, String> style) {
    List<List<String>> all = new java.util.ArrayList<>();
    all.add(headers.stream().map(h -> h.toUpperCase(java.util.Locale.ROOT)).toList());
    all.addAll(rows);
    return table(all, (row, column, cell) -> row == 0 ? cell : style.apply(column, cell));
  }

  /** A table with no header line, such as "key  value" pairs. */
  static String renderRows(List<List<String>> rows, BiFunction<Integer, String, String> style) {
    return table(rows, (row, column, cell) -> style.apply(column, cell));
  }

  private interface CellStyle {
    String apply(int row, int column, String cell);
  }

  private static String table(List<List<String>> rows, CellStyle style) {
    int columns = rows.isEmpty() ? 0 : rows.get(0).size();
    int[] widths = new int[columns];
    for (List<String> row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], shown(row.get(i)).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      int rowIndex = r;
      line(text, rows.get(r), widths, (column, cell) -> style.apply(rowIndex, column, cell));
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
