package dev.unbuildpack.report;

import dev.unbuildpack.diff.CategoryDiff;
import dev.unbuildpack.diff.ImageDiff;

/**
 * A self-contained HTML page: inline CSS and SVG, no script, no external asset, so it can be
 * archived as a CI artifact and opened anywhere. Every value from an image is escaped.
 */
final class HtmlRenderer {
  static final String CSS =
      """
      body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
      h1{font-size:1.4em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em}
      .images{color:#555;margin:0 0 1em}.summary{font-size:1.1em;font-weight:600}
      table{border-collapse:collapse;margin:.5em 0 1em;font-size:13px}
      th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
      th{background:#f4f4f4}td{overflow-wrap:break-word}
      td.added{color:#1a7f37}td.removed{color:#cf222e}td.changed{color:#9a6700}
      td.added,td.removed,td.changed{white-space:nowrap}
      .warning{background:#fff1f0;border-left:4px solid #cf222e;padding:.5em .8em}
      summary{cursor:pointer;font-weight:600;margin:.4em 0}code{font-size:.95em}
      svg text{font:12px system-ui,sans-serif;fill:#333}svg text.label{font-weight:600}
      .legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px}
      """;

  String render(ImageDiff diff) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>Image diff: ").append(Html.escape(diff.imageA())).append(" → ")
        .append(Html.escape(diff.imageB())).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n");
    html.append("<h1>Image diff</h1>\n<p class=\"images\">A: <code>")
        .append(Html.escape(diff.imageA())).append("</code><br>B: <code>")
        .append(Html.escape(diff.imageB())).append("</code></p>\n");
    html.append(sections(diff));
    return html.append("</body>\n</html>\n").toString();
  }

  /** The body below the title: summary, differences and sizes, for pages that embed a diff. */
  String sections(ImageDiff diff) {
    StringBuilder html = new StringBuilder();
    html.append("<p class=\"summary\">").append(Html.escape(Summary.line(diff))).append("</p>\n");
    String hint = Summary.missingLibraryHint(diff);
    if (hint != null) {
      html.append("<p class=\"warning\">").append(Html.escape(hint)).append("</p>\n");
    }
    html.append("<p>").append(Html.escape(Summary.sizes(diff))).append("</p>\n");
    html.append("<h2>Differences</h2>\n");
    for (CategoryDiff category : Summary.nonEmpty(diff)) {
      ChangeTable table = ChangeTable.of(category);
      html.append("<details open>\n<summary><code>").append(category.category().id())
          .append("</code> ").append(Html.escape(category.category().title())).append(" (")
          .append(category.changes().size()).append(")</summary>\n<p>")
          .append(Html.escape(category.category().description())).append("</p>\n")
          .append(Html.table(table.headers(), table.rows(), true)).append("</details>\n");
    }
    sizes(html, diff);
    return html.toString();
  }

  private static void sizes(StringBuilder html, ImageDiff diff) {
    html.append("<h2>Sizes</h2>\n<p class=\"legend\"><span style=\"background:#4c78a8\"></span>A")
        .append("<span style=\"background:#f58518\"></span>B</p>\n");
    html.append("<h3>By layer</h3>\n").append(SizeChart.byLayer(diff));
    html.append("<details>\n<summary>Layers</summary>\n")
        .append(Html.table(SizeTables.LAYER_HEADERS, SizeTables.layerRows(diff), false))
        .append("</details>\n");
    html.append("<h3>By ecosystem</h3>\n").append(SizeChart.byEcosystem(diff));
    html.append("<details>\n<summary>Packages and sizes by ecosystem</summary>\n")
        .append(Html.table(SizeTables.ECOSYSTEM_HEADERS, SizeTables.ecosystemRows(diff), false))
        .append("</details>\n");
  }
}
