package dev.unbuildpack.check;

import java.util.Map;
import java.util.stream.Collectors;

/** The human-readable report: one block per finding, then notes and a summary line. */
final class TextFormat {
  private TextFormat() {}

  static String render(CheckReport report) {
    StringBuilder text = new StringBuilder("unbuildpack check: ").append(report.app()).append('\n');
    text.append("  Dockerfile: ")
        .append(report.dockerfile() == null ? "none" : report.dockerfile()).append('\n');
    text.append("  needs:      ").append(report.needs().isEmpty() ? "no build secrets"
        : report.needs().stream().map(n -> n.secret() + " (" + n.place() + ", " + n.rule() + ")")
            .collect(Collectors.joining(", "))).append('\n');
    text.append("  provided:   ").append(report.provided() == null ? "not given"
        : report.provided().isEmpty() ? "none" : String.join(", ", report.provided())).append('\n');
    if (report.image() != null) {
      text.append("  image:      ").append(report.image()).append('\n');
    }
    for (CheckFinding finding : report.findings()) {
      text.append('\n').append(new CheckFinding.Place(finding.file(), finding.line()))
          .append(": ").append(finding.severity().id()).append(' ').append(finding.rule())
          .append(' ').append(finding.name()).append(": ").append(finding.message()).append('\n');
      text.append("  fix: ").append(finding.fix()).append('\n');
      for (CheckFinding.Place related : finding.related()) {
        text.append("  see: ").append(related).append('\n');
      }
    }
    text.append('\n');
    for (String note : report.notes()) {
      text.append("note: ").append(note).append('\n');
    }
    return text.append(summary(report)).append('\n').toString();
  }

  private static String summary(CheckReport report) {
    Map<String, Integer> counts = report.summary();
    int total = report.findings().size();
    return total + (total == 1 ? " finding: " : " findings: ")
        + counts.get("error") + " error(s), " + counts.get("warning") + " warning(s), "
        + counts.get("info") + " note(s)";
  }
}
