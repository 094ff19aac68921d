package dev.unbuildpack.report;

import java.util.List;

/** HTML building blocks. Every value from an image goes through {@link #escape}. */
final class Html {
  private Html() {}

  /** Text safe in element content and in quoted attributes: the one HTML escaper. */
  static String escape(String value) {
    return dev.unbuildpack.common.text.Html.escape(value);
  }

  /** Long paths and PATH lists may wrap after a slash or colon, never inside a name. */
  static String breakable(String escaped) {
    return escaped.replace("/", "/<wbr>").replace(":", ":<wbr>");
  }

  /** A table; a cell of column 0 named added/removed/changed gets that class for its colour. */
  static String table(List<String> headers, List<List<String>> rows, boolean kindColumn) {
    StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
    headers.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      html.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        html.append(i == 0 && kindColumn ? "<td class=\"" + escape(cell) + "\">" : "<td>")
            .append(breakable(escape(cell)))
            .append("</td>");
      }
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }
}
