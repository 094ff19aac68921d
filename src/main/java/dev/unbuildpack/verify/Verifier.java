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
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The verify pipeline: build B while A is made, read both images in the background as soon as
 * each exists, run both apps one after the other (so that neither slows the other's start),
 * compare the inventories (or B with the stack baseline), and judge.
 */
public final class Verifier {
  /**
   * The background work (making A, reading each image) blocks on the engine and on files for
   * long: each task gets a thread of its own, never a slot of a small shared pool that would queue
   * one read behind the other.
   */
  private static final Executor BACKGROUND = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "verify-background");
    thread.setDaemon(true);
    return thread;
  });

  private final BuildKitBuild builder;
  private final AppRunner runner;
  private final Function<String, Inventory> inventories;

  /**
   * @param inventories reads an image's inventory from a reference ("docker:REF",
   *     "docker-archive:PATH"), as Inventories::read does
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
   * @param buildB the BuildKit build of B; asked for once A's making has started, so that the
   *     work it does first (a fresh convert) runs while A is made
   * @param reference where A comes from, or null for the stack baseline
   * @param baseline the stack B is checked against without a reference
   * @param plan how to run the processes
   * @param judge the verdict's defaults and --fail-on
   * @param notes notes for the report gathered before the run
   * @param addons the add-ons' stand-ins both images run against; empty for none
   */
  public record Request(
      String app, Supplier<BuildKitRequest> buildB, Reference reference, StackCheck baseline,
      RunPlan plan, Judge judge, List<String> notes, List<AddonStandIn> addons) {
    public Request {
      addons = List.copyOf(addons);
    }
  }

  public VerifyReport verify(Request request, Consumer<String> progress) {
    long start = System.nanoTime();
    // A is made and then read while B builds and the apps run; B is read from the moment it is
    // built. Only what is left of those reads when the apps are done adds to verify's own time.
    CompletableFuture<BuiltImage> imageA = request.reference() == null ? null
        : CompletableFuture.supplyAsync(() -> request.reference().resolve(), BACKGROUND);
    CompletableFuture<Inventory> inventoryA = imageA == null ? null
        : imageA.thenApplyAsync(a -> read(a, "A", progress), BACKGROUND);
    BuiltImage b;
    String idB;
    try {
      long buildStart = System.nanoTime();
      BuildKitRequest buildB = request.buildB().get();
      idB = builder.build(buildB, progress);
      b = new BuiltImage(buildB.tag(), "Dockerfile", Launch.dockerfile(),
          millisSince(buildStart), null);
    } catch (RuntimeException e) {
      settle(inventoryA);
      throw e;
    }
    // B is read as soon as it exists: while A is still being made, then while the apps run.
    // By its id, which no other build can move, unlike the tag.
    BuiltImage byId = new BuiltImage(idB, b.origin(), b.launch(), b.buildMillis());
    CompletableFuture<Inventory> inventoryB =
        CompletableFuture.supplyAsync(() -> read(byId, "B", progress), BACKGROUND);
    BuiltImage a;
    try {
      a = imageA == null ? null : join(imageA);
    } catch (RuntimeException e) {
      settle(inventoryB);
      throw e;
    }
    // A is made while B builds: the build phase lasted as long as the longer of the two.
    long buildMillis = Math.max(b.buildMillis(), a == null ? 0 : a.buildMillis());

    long appStart = System.nanoTime();
    List<ProcessRun> runsA = null;
    List<ProcessRun> runsB;
    try (AddonStandIns standIns =
        runner.standIns(request.addons(), request.plan().timeout(), progress)) {
      RunPlan plan = request.plan().on(standIns.network(), standIns.env());
      if (a != null) {
        progress.accept("verify: running A's processes");
        runsA = runner.run(a, plan);
      }
      progress.accept("verify: running B's processes");
      runsB = runner.run(b, plan);
    } catch (RuntimeException e) {
      settle(inventoryA);
      settle(inventoryB);
      throw e;
    }
    long appMillis = millisSince(appStart);

    Inventory readB = join(inventoryB);
    Inventory readA = a == null ? null : join(inventoryA);
    ImageDiff diff = a == null ? null : InventoryDiff.compare(readA, readB);
    List<Change> gaps = a == null ? request.baseline().gaps(readB) : List.of();
    List<CategoryVerdict> verdicts = request.judge().judge(diff, gaps, runsA, runsB,
        readA == null ? null : Judge.appPackages(readA));
    Timings timings = new Timings(millisSince(start), buildMillis, appMillis);
    return new VerifyReport(
        request.app(),
        a == null ? "stack-baseline" : request.reference().mode(),
        a == null ? null : new ImageSummary(a.ref(), a.origin(), diff.sizes().totalA(),
            a.buildMillis()),
        new ImageSummary(b.ref(), b.origin(), readB.totalSize(), b.buildMillis()),
        a == null ? request.baseline().name() : null,
        diff, gaps.stream().filter(gap -> gap.kind() == ChangeKind.REMOVED).toList(), runsA,
        runsB, verdicts, Judge.overall(verdicts), timings, request.notes());
  }

  /** One image's inventory; a tar verify wrote for it is deleted once read. */
  private Inventory read(BuiltImage image, String name, Consumer<String> progress) {
    progress.accept("verify: reading image " + name + (image.archive() == null
        ? " from the engine" : " from the tar it was written to"));
    try {
      return inventories.apply(image.inventorySource());
    } finally {
      SlugArchive.delete(image.archive());
    }
  }

  /**
   * Waits for work started in the background to end, its result no longer wanted, so that
   * verify stops with no image half-loaded and no temporary tar left behind.
   */
  private static void settle(CompletableFuture<?> work) {
    if (work == null) {
      return;
    }
    try {
      work.join();
    } catch (RuntimeException ignored) {
      // The failure that stopped verify is the one reported.
    }
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
