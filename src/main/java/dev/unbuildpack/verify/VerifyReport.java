package dev.unbuildpack.verify;

import dev.unbuildpack.diff.Change;
import dev.unbuildpack.diff.ImageDiff;
import java.util.List;

/**
 * Everything verify found, for its report formats.
 *
 * @param app the app's folder name
 * @param mode how image A was obtained: buildpack-image, slug, pack, or stack-baseline (no A)
 * @param imageA the reference image, or null in stack-baseline mode
 * @param imageB the conversion
 * @param baseline in stack-baseline mode, the stack B was checked against ("heroku-24"); else null
 * @param diff A against B, or null in stack-baseline mode
 * @param stackGaps in stack-baseline mode, libraries B lacks that the stack had
 * @param runsA A's process runs, or null in stack-baseline mode
 * @param runsB B's process runs
 * @param verdicts one per category, in report order
 * @param overall the worst verdict
 * @param timings where the time went
 * @param notes what the reader should know about this run (add-on stand-ins missing, ...)
 */
public record VerifyReport(
    String app,
    String mode,
    ImageSummary imageA,
    ImageSummary imageB,
    String baseline,
    ImageDiff diff,
    List<Change> stackGaps,
    List<ProcessRun> runsA,
    List<ProcessRun> runsB,
    List<CategoryVerdict> verdicts,
    Level overall,
    Timings timings,
    List<String> notes) {
  public VerifyReport {
    stackGaps = List.copyOf(stackGaps);
    runsA = runsA == null ? null : List.copyOf(runsA);
    runsB = List.copyOf(runsB);
    verdicts = List.copyOf(verdicts);
    notes = List.copyOf(notes);
  }

  /** B's size as a percentage of A's, or null without A. */
  public Integer sizePercent() {
    if (imageA == null || imageA.sizeBytes() == 0) {
      return null;
    }
    return (int) Math.round(100.0 * imageB.sizeBytes() / imageA.sizeBytes());
  }
}
