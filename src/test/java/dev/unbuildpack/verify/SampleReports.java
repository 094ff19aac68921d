package dev.unbuildpack.verify;

import dev.unbuildpack.diff.Change;
import dev.unbuildpack.diff.ChangeKind;
import dev.unbuildpack.diff.ImageDiff;
import dev.unbuildpack.diff.InventoryBuilder;
import dev.unbuildpack.diff.InventoryDiff;
import java.util.List;

/** Verify reports built from small inventories, for the format and verdict tests. */
final class SampleReports {
  /** App text an attacker controls: markup, a Markdown table break, a control character. */
  static final String HOSTILE = "<script>alert(1)</script>|**x**\u001b[31m";

  private SampleReports() {}

  /** A: a Heroku-like image with libvips; B lost libvips, runs node 24.1 instead of 24.2. */
  static ImageDiff diff() {
    return InventoryDiff.compare(
        InventoryBuilder.image("a").layer(400_000_000, "stack")
            .pkg("deb", "libvips42", "8.14")
            .library("libvips.so.42", "/usr/lib/x86_64-linux-gnu/libvips.so.42", "deb:libvips42")
            .runtime("node", "24.2.0", "/app/.heroku/node")
            .pkg("npm", "express", "4.21.2").pkg("npm", "nodemon", "3.0.0")
            .object("/app/node_modules/sharp/build/sharp.node", List.of("libvips.so.42"), List.of())
            .build(),
        InventoryBuilder.image("b").layer(120_000_000, "debian")
            .runtime("node", "24.1.0", "/usr/local")
            .pkg("npm", "express", "4.21.2")
            .object("/app/node_modules/sharp/build/sharp.node", List.of("libvips.so.42"),
                List.of("libvips.so.42"))
            .build());
  }

  static List<ProcessRun> answered() {
    return List.of(
        new ProcessRun("web", ProcessOutcome.ANSWERED, 200, 800L, 40_000_000L, null, ""),
        new ProcessRun("worker", ProcessOutcome.RUNNING, null, null, 9_000_000L, null, ""));
  }

  static VerifyReport report(Judge judge, ImageDiff diff, List<ProcessRun> runsB) {
    List<CategoryVerdict> verdicts = judge.judge(diff, List.of(), answered(), runsB);
    return new VerifyReport(HOSTILE, "slug",
        new ImageSummary("unbuildpack-verify/x:reference", "slug " + HOSTILE, 400_000_000, 4000),
        new ImageSummary("unbuildpack-verify/x:latest", "Dockerfile", 120_000_000, 30_000),
        null, diff, List.of(), answered(), runsB, verdicts, Judge.overall(verdicts),
        new Timings(60_000, 30_000, 20_000), List.of("note " + HOSTILE));
  }

  static VerifyReport baseline() {
    Change gap = new Change(ChangeKind.REMOVED, "/app/native/probe.node", "libpq.so.5", null, null,
        "provided on heroku-24 by deb:libpq5");
    List<ProcessRun> runs = List.of(new ProcessRun("web", ProcessOutcome.EXITED, null, null,
        null, 1L, "Error: listen EADDRINUSE " + HOSTILE));
    List<CategoryVerdict> verdicts = new Judge(List.of(), List.of())
        .judge(null, List.of(gap), null, runs);
    return new VerifyReport("app", "stack-baseline", null,
        new ImageSummary("b", "Dockerfile", 1000, 10), "heroku-24", null, List.of(gap), null, runs,
        verdicts, Judge.overall(verdicts), new Timings(10, 5, 3), List.of());
  }
}
