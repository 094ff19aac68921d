package dev.unbuildpack.verify;

import dev.unbuildpack.common.text.Markdown;
import dev.unbuildpack.report.Format;
import java.util.ArrayList;
import java.util.List;

/** A pull-request comment: the verdict and failing categories first, details folded. */
final class VerifyMarkdown {
  private VerifyMarkdown() {}

  static String render(VerifyReport report) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(Markdown.text(ReportLines.headline(report))).append("\n\n");
    md.append("- ").append(Markdown.text(ReportLines.reference(report))).append("\n");
    md.append("- ").append(Markdown.text(ReportLines.image("B", report.imageB(), report)))
        .append("\n\n");
    List<List<String>> rows = new ArrayList<>();
    for (CategoryVerdict verdict : report.verdicts()) {
      if (verdict.level() != Level.PASS || !verdict.notes().isEmpty()) {
        String first = verdict.notes().isEmpty() ? "" : verdict.notes().get(0)
            + (verdict.notes().size() > 1 ? " (and " + (verdict.notes().size() - 1) + " more)" : "");
        rows.add(List.of(verdict.level().id(), verdict.id(), first));
      }
    }
    md.append(Markdown.table(List.of("verdict", "category", "first finding"), rows)).append("\n");
    md.append(Markdown.table(ReportLines.runHeaders(report), ReportLines.runRows(report)))
        .append("\n");
    md.append(Markdown.text(ReportLines.timings(report.timings()))).append("\n\n");
    for (String note : report.notes()) {
      md.append("> ").append(Markdown.text(note)).append("\n\n");
    }
    md.append("<details><summary>Every finding</summary>\n\n");
    for (CategoryVerdict verdict : report.verdicts()) {
      if (verdict.notes().isEmpty()) {
        continue;
      }
      md.append("**").append(Markdown.text(verdict.id())).append("** (")
          .append(verdict.level().id()).append(")\n\n");
      ReportLines.shownNotes(verdict)
          .forEach(note -> md.append("- ").append(Markdown.text(note)).append("\n"));
      md.append("\n");
    }
    md.append("</details>\n\n");
    for (String[] tail : ReportLines.logTails(report)) {
      md.append("<details><summary>Last output of ").append(Markdown.text(tail[0]))
          .append("</summary>\n\n");
      tail[1].lines().forEach(line -> md.append("    ").append(Markdown.text(line)).append("\n"));
      md.append("\n</details>\n\n");
    }
    if (report.diff() != null) {
      md.append("<details><summary>Image diff</summary>\n\n")
          .append(Format.MARKDOWN.render(report.diff(), false)).append("\n</details>\n");
    }
    return md.toString();
  }
}
