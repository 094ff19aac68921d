package dev.unbuildpack.verify;

import dev.unbuildpack.common.text.VisibleText;
import java.util.List;

/** The plain-text report: verdicts first, then runs, time and log tails. */
final class VerifyText {
  private VerifyText() {}

  static String render(VerifyReport report) {
    StringBuilder out = new StringBuilder();
    out.append(visible(ReportLines.headline(report))).append("\n");
    out.append(visible(ReportLines.reference(report))).append("\n");
    out.append(visible(ReportLines.image("B", report.imageB(), report))).append("\n\n");
    out.append("Verdict by category:\n");
    for (CategoryVerdict verdict : report.verdicts()) {
      if (verdict.notes().isEmpty()) {
        continue;
      }
      out.append(String.format("  %-4s  %s (%s)%n", verdict.level().id(), verdict.id(),
          verdict.notes().size()));
      for (String note : ReportLines.shownNotes(verdict)) {
        out.append("        - ").append(visible(note)).append("\n");
      }
    }
    List<String> clean = report.verdicts().stream().filter(v -> v.notes().isEmpty())
        .map(CategoryVerdict::id).toList();
    if (!clean.isEmpty()) {
      out.append("  pass  no findings: ").append(String.join(", ", clean)).append("\n");
    }
    out.append("\nProcesses:\n");
    for (List<String> row : ReportLines.runRows(report)) {
      out.append("  ").append(visible(row.get(0))).append(":");
      List<String> headers = ReportLines.runHeaders(report);
      for (int i = 1; i < row.size(); i++) {
        out.append(" ").append(headers.get(i)).append(" ").append(row.get(i))
            .append(i + 1 < row.size() ? ";" : "");
      }
      out.append("\n");
    }
    out.append("\n").append(ReportLines.timings(report.timings())).append("\n");
    for (String note : report.notes()) {
      out.append("Note: ").append(visible(note)).append("\n");
    }
    for (String[] tail : ReportLines.logTails(report)) {
      out.append("\nLast output of ").append(tail[0]).append(":\n");
      tail[1].lines().forEach(line -> out.append("  | ").append(visible(line)).append("\n"));
    }
    return out.toString();
  }

  /** App and image text shown as it is, control characters made visible. */
  private static String visible(String text) {
    return VisibleText.of(text);
  }
}
