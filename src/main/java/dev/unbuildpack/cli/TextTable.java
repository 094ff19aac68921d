package dev.unbuildpack.cli;

import java.util.ArrayList;
import java.util.List;

/** A left-aligned text table; columns are as wide as their widest cell. */
final class TextTable {
  private final List<String[]> rows = new ArrayList<>();

  TextTable(String... header) {
    rows.add(header);
  }

  TextTable row(String... cells) {
    rows.add(cells);
    return this;
  }

  /** The table, each line indented by two spaces, trailing blanks trimmed. */
  String render(Colour colour) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], cell(row, i).length());
      }
    }
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < columns; i++) {
        String cell = cell(rows.get(r), i);
        line.append(cell).append(" ".repeat(widths[i] - cell.length() + 2));
      }
      String trimmed = line.toString().stripTrailing();
      text.append(r == 0 ? colour.bold(trimmed) : trimmed).append('\n');
    }
    return text.toString();
  }

  private static String cell(String[] row, int i) {
    return i < row.length && row[i] != null ? row[i] : "-";
  }
}
