package dev.unbuildpack.verify;

import dev.unbuildpack.common.text.Html;
import dev.unbuildpack.report.Bytes;
import dev.unbuildpack.report.Format;
import java.util.List;

/**
 * One self-contained page (inline CSS and SVG, no script): verdicts, both runs, build times, a
 * sizes chart, then the diff's own sections. Every value from an app or image is escaped.
 */
final class VerifyHtml {
  private static final String CSS =
      """
      .pass{color:#1a7f37}.warn{color:#9a6700}.fail{color:#cf222e}
      .verdict{font-size:1.3em;font-weight:700}pre{background:#f6f8fa;padding:.6em;overflow:auto}
      """;

  private VerifyHtml() {}

  static String render(VerifyReport report) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(Html.escape(ReportLines.headline(report))).append("</title>\n<style>\n")
        .append(Format.htmlStyle()).append(CSS).append("</style>\n</head>\n<body>\n");
    html.append("<h1>unbuildpack verify: ").append(Html.escape(report.app())).append("</h1>\n");
    html.append("<p class=\"verdict ").append(report.overall().id()).append("\">")
        .append(report.overall().id().toUpperCase(java.util.Locale.ROOT)).append("</p>\n");
    html.append("<p class=\"images\">").append(Html.escape(ReportLines.reference(report)))
        .append("<br>").append(Html.escape(ReportLines.image("B", report.imageB(), report)))
        .append("</p>\n");
    html.append("<h2>Verdict by category</h2>\n<table>\n<thead><tr><th>verdict</th>")
        .append("<th>category</th><th>findings</th></tr></thead>\n<tbody>\n");
    for (CategoryVerdict verdict : report.verdicts()) {
      html.append("<tr><td class=\"").append(verdict.level().id()).append("\">")
          .append(verdict.level().id()).append("</td><td><code>").append(Html.escape(verdict.id()))
          .append("</code> ").append(Html.escape(verdict.title())).append("</td><td>");
      List<String> notes = ReportLines.shownNotes(verdict);
      html.append(notes.isEmpty() ? "none" : String.join("<br>",
          notes.stream().map(Html::escape).toList()));
      html.append("</td></tr>\n");
    }
    html.append("</tbody>\n</table>\n");
    html.append("<h2>Processes</h2>\n").append(table(ReportLines.runHeaders(report),
        ReportLines.runRows(report)));
    for (String[] tail : ReportLines.logTails(report)) {
      html.append("<details open><summary>Last output of ").append(Html.escape(tail[0]))
          .append("</summary>\n<pre>").append(Html.escape(tail[1])).append("</pre></details>\n");
    }
    html.append("<h2>Build times and sizes</h2>\n").append(sizeChart(report));
    html.append("<p>").append(Html.escape(ReportLines.timings(report.timings()))).append("</p>\n");
    for (String note : report.notes()) {
      html.append("<p class=\"warning\">").append(Html.escape(note)).append("</p>\n");
    }
    if (report.diff() != null) {
      html.append("<h2>Image diff</h2>\n").append(Format.htmlSections(report.diff()));
    }
    return html.append("</body>\n</html>\n").toString();
  }

  /** Two horizontal bars, A and B, to one scale, each labelled with its size and build time. */
  static String sizeChart(VerifyReport report) {
    List<ImageSummary> images = report.imageA() == null ? List.of(report.imageB())
        : List.of(report.imageA(), report.imageB());
    long largest = Math.max(1, images.stream().mapToLong(ImageSummary::sizeBytes).max().orElse(1));
    StringBuilder svg = new StringBuilder("<svg role=\"img\" aria-label=\"image sizes\" width=\"720\""
        + " height=\"" + (images.size() * 34 + 8) + "\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    int y = 8;
    for (ImageSummary image : images) {
      boolean isA = report.imageA() != null && image == report.imageA();
      long width = Math.max(1, Math.round(440.0 * image.sizeBytes() / largest));
      svg.append("<text class=\"label\" x=\"0\" y=\"").append(y + 17).append("\">")
          .append(isA ? "A" : "B").append("</text>")
          .append("<rect x=\"24\" y=\"").append(y).append("\" width=\"").append(width)
          .append("\" height=\"24\" fill=\"").append(isA ? "#4c78a8" : "#f58518").append("\"/>")
          .append("<text x=\"").append(32 + width).append("\" y=\"").append(y + 17).append("\">")
          .append(Html.escape(Bytes.human(image.sizeBytes()) + ", built in "
              + ReportLines.seconds(image.buildMillis())))
          .append("</text>\n");
      y += 34;
    }
    return svg.append("</svg>\n").toString();
  }

  private static String table(List<String> headers, List<List<String>> rows) {
    StringBuilder html = new StringBuilder("<table>\n<thead><tr>");
    headers.forEach(h -> html.append("<th>").append(Html.escape(h)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      html.append("<tr>");
      row.forEach(cell -> html.append("<td>").append(Html.escape(cell)).append("</td>"));
      html.append("</tr>\n");
    }
    return html.append("</tbody>\n</table>\n").toString();
  }
}
