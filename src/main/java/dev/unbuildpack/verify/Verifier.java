package dev.unbuildpack.verify;

import dev.unbuildpack.build.BuildKitBuild;
import dev.unbuildpack.build.BuildKitRequest;
import dev.unbuildpack.diff.Change;
import dev.unbuildpack.diff.ChangeKind;
import dev.unbuildpack.diff.ImageDiff;
import dev.unbuildpack.diff.InventoryDiff;
import dev.unbuildpack.inventory.Inventory;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The verify pipeline: build B (and make A meanwhile), read both inventories at once, compare
 * them (or B with the stack baseline), run both apps one after the other so that neither slows
 * the other's start, and judge.
 */
public final class Verifier {
  private final BuildKitBuild builder;
  private final AppRunner runner;
  private final Function<String, Inventory> inventories;

  /**
   * @param inventories reads an engine image's inventory (Inventories::read with "docker:")
   */
  public Verifier(BuildKitBuild builder, AppRunner runner,
      Function<String, Inventory> inventories) {
    this.builder = builder;
    this.runner = runner;
    this.inventories = inventories;
  }

  /**
   * What one verify run needs.
   *
   * @param app the app's name for the report
   * @param buildB the BuildKit build of B
   * @param reference where A comes from, or null for the stack baseline
   * @param baseline the stack B is checked against without a reference
   * @param plan how to run the processes
   * @param judge the verdict's defaults and --fail-on
   * @param notes notes for the report gathered before the run
   */
  public record Request(
      String app, BuildKitRequest buildB, Reference reference, StackCheck baseline,
      RunPlan plan, Judge judge, List<String> notes) {}

  public VerifyReport verify(Request request, Consumer<String> progress) {
    long start = System.nanoTime();
    CompletableFuture<BuiltImage> imageA = request.reference() == null ? null
        : CompletableFuture.supplyAsync(() -> request.reference().resolve());
    long buildStart = System.nanoTime();
    String idB = builder.build(request.buildB(), progress);
    long buildMillisB = millisSince(buildStart);
    BuiltImage b = new BuiltImage(request.buildB().tag(), "Dockerfile", Launch.dockerfile(),
        buildMillisB);
    BuiltImage a = imageA == null ? null : join(imageA);
    // A is made while B builds: the build phase lasted as long as the longer of the two.
    long buildMillis = Math.max(buildMillisB, a == null ? 0 : a.buildMillis());
    progress.accept("verify: reading the images" + (a == null ? "" : " A and B"));
    CompletableFuture<Inventory> inventoryA = a == null ? null
        : CompletableFuture.supplyAsync(() -> inventories.apply(a.ref()));
    Inventory inventoryB = inventories.apply(idB);
    Inventory readA = a == null ? null : join(inventoryA);
    ImageDiff diff = a == null ? null : InventoryDiff.compare(readA, inventoryB);
    List<Change> gaps = a == null ? request.baseline().gaps(inventoryB) : List.of();

    long appStart = System.nanoTime();
    List<ProcessRun> runsA = null;
    if (a != null) {
      progress.accept("verify: running A's processes");
      runsA = runner.run(a, request.plan());
    }
    progress.accept("verify: running B's processes");
    List<ProcessRun> runsB = runner.run(b, request.plan());
    long appMillis = millisSince(appStart);

    List<CategoryVerdict> verdicts = request.judge().judge(diff, gaps, runsA, runsB,
        readA == null ? null : Judge.appPackages(readA));
    Timings timings = new Timings(millisSince(start), buildMillis, appMillis);
    return new VerifyReport(
        request.app(),
        a == null ? "stack-baseline" : request.reference().mode(),
        a == null ? null : new ImageSummary(a.ref(), a.origin(), diff.sizes().totalA(),
            a.buildMillis()),
        new ImageSummary(b.ref(), b.origin(), inventoryB.totalSize(), buildMillisB),
        a == null ? request.baseline().name() : null,
        diff, gaps.stream().filter(gap -> gap.kind() == ChangeKind.REMOVED).toList(), runsA,
        runsB, verdicts, Judge.overall(verdicts), timings, request.notes());
  }

  private static long millisSince(long nanoStart) {
    return (System.nanoTime() - nanoStart) / 1_000_000;
  }

  /** The result, or the exception the work threw (an EnvironmentException keeps its exit 4). */
  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
