package dev.unbuildpack.generate;

import java.util.List;

/** Markdown pieces for the report: code spans and table rows that survive any text. */
final class Markdown {
  private Markdown() {}

  /** A code span; a text holding backticks gets a longer fence, as CommonMark allows. */
  static String code(String text) {
    String fence = text.contains("`") ? "``" : "`";
    String pad = text.contains("`") ? " " : "";
    return fence + pad + text + pad + fence;
  }

  /** One table row; '|' is escaped (also inside code spans, as GFM requires) and lines joined. */
  static String row(List<String> cells) {
    StringBuilder row = new StringBuilder("|");
    for (String cell : cells) {
      row.append(' ').append(cell.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    return row.append('\n').toString();
  }

  static String header(List<String> cells) {
    return row(cells) + "|" + "---|".repeat(cells.size()) + "\n";
  }
}
