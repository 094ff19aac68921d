package dev.unbuildpack.verify;

import dev.unbuildpack.report.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The sentences every format shows the same way: one place, so the formats never disagree. */
final class ReportLines {
  /** Notes shown per category before "and N more": a stack's 300 packages would drown the rest. */
  static final int NOTES_SHOWN = 12;

  private ReportLines() {}

  static String headline(VerifyReport report) {
    return "unbuildpack verify " + report.app() + ": " + report.overall().id().toUpperCase(Locale.ROOT);
  }

  static String image(String label, ImageSummary image, VerifyReport report) {
    String size = Bytes.human(image.sizeBytes());
    if (label.equals("B") && report.sizePercent() != null) {
      size += " (" + report.sizePercent() + " % of A)";
    }
    String made = image.buildMillis() == 0 ? "" : ", made in " + seconds(image.buildMillis());
    return label + ": " + image.ref() + " (" + image.origin() + "), " + size + made;
  }

  /** What A was, or the stack B was checked against. */
  static String reference(VerifyReport report) {
    return report.imageA() != null ? image("A", report.imageA(), report)
        : "A: none; B checked against the " + report.baseline() + " stack's package list";
  }

  static String run(ProcessRun run) {
    if (run == null) {
      return "—";
    }
    StringBuilder text = new StringBuilder(run.outcome().id());
    if (run.status() != null) {
      text.append(' ').append(run.status());
    }
    if (run.millisToAnswer() != null) {
      text.append(" after ").append(run.millisToAnswer()).append(" ms");
    }
    if (run.exitCode() != null) {
      text.append(" (exit ").append(run.exitCode()).append(')');
    }
    if (run.memoryBytes() != null) {
      text.append(", ").append(Bytes.human(run.memoryBytes())).append(" memory");
    }
    return text.toString();
  }

  /** Process type → A's run and B's run, B's order. */
  static List<List<String>> runRows(VerifyReport report) {
    List<List<String>> rows = new ArrayList<>();
    for (ProcessRun b : report.runsB()) {
      ProcessRun a = report.runsA() == null ? null : report.runsA().stream()
          .filter(r -> r.type().equals(b.type())).findFirst().orElse(null);
      rows.add(report.runsA() == null ? List.of(b.type(), run(b))
          : List.of(b.type(), run(a), run(b)));
    }
    return rows;
  }

  static List<String> runHeaders(VerifyReport report) {
    return report.runsA() == null ? List.of("process", "B") : List.of("process", "A", "B");
  }

  static String timings(Timings timings) {
    long total = Math.max(1, timings.totalMillis());
    return "Time: " + seconds(timings.totalMillis()) + " in all: builds " + seconds(timings.buildMillis())
        + ", the apps " + seconds(timings.appMillis()) + ", verify itself "
        + seconds(timings.overheadMillis()) + " (" + Math.round(100.0 * timings.overheadMillis() / total)
        + " %)";
  }

  static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }

  /** The notes to show, the rest counted. */
  static List<String> shownNotes(CategoryVerdict verdict) {
    List<String> notes = verdict.notes();
    if (notes.size() <= NOTES_SHOWN) {
      return notes;
    }
    List<String> shown = new ArrayList<>(notes.subList(0, NOTES_SHOWN));
    shown.add("and " + (notes.size() - NOTES_SHOWN) + " more");
    return shown;
  }

  /** Failed runs' log tails, labelled "A web", "B worker". */
  static List<String[]> logTails(VerifyReport report) {
    List<String[]> tails = new ArrayList<>();
    if (report.runsA() != null) {
      report.runsA().stream().filter(r -> !r.logTail().isEmpty())
          .forEach(r -> tails.add(new String[] {"A " + r.type(), r.logTail()}));
    }
    report.runsB().stream().filter(r -> !r.logTail().isEmpty())
        .forEach(r -> tails.add(new String[] {"B " + r.type(), r.logTail()}));
    return tails;
  }
}
