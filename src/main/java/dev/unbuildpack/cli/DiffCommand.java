package dev.unbuildpack.cli;

import dev.unbuildpack.common.AtomicWriter;
import dev.unbuildpack.common.Concurrently;
import dev.unbuildpack.common.ExitCode;
import dev.unbuildpack.diff.Category;
import dev.unbuildpack.diff.ImageDiff;
import dev.unbuildpack.diff.InventoryDiff;
import dev.unbuildpack.image.source.ExportProgress;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.report.ColourPolicy;
import dev.unbuildpack.report.Format;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unbuildpack diff A B}: what B has that A had not, and what it lost. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares what is installed in two images: packages per ecosystem, runtimes, env,"
          + " entrypoint/cmd/user/ports, sizes, and native libraries B lost.",
      "An image is docker-archive:FILE.tar, oci:DIR, an engine image name, or"
          + " inventory:FILE.json (saved by 'unbuildpack inventory --format json')."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:compared; no finding in a --fail-on category",
      "1:a --fail-on category has findings",
      "2:usage error",
      "3:bad input (unreadable image or inventory file, existing --output without --force)",
      "4:environment"
    })
public final class DiffCommand implements Callable<Integer> {
  @Mixin DebugOption debug;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IMAGE_A", description = "The reference image.")
  String imageA;

  @Parameters(index = "1", paramLabel = "IMAGE_B", description = "The image to review.")
  String imageB;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = DiffOptionValues.FormatConverter.class,
      description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.",
      converter = PathArgument.class)
  Path output;

  @Option(names = "--force", description = "Let --output replace an existing file.")
  boolean force;

  @Option(
      names = "--fail-on",
      split = ",",
      paramLabel = "CATEGORY",
      completionCandidates = DiffOptionValues.CategoryIds.class,
      description = "Exit 1 when one of these categories has findings: ${COMPLETION-CANDIDATES}.")
  List<String> failOn = new ArrayList<>();

  private final BooleanSupplier colourAllowed;

  public DiffCommand() {
    this(ColourPolicy::forThisProcess);
  }

  /** For tests: decides whether text on stdout may be coloured. */
  DiffCommand(BooleanSupplier colourAllowed) {
    this.colourAllowed = colourAllowed;
  }

  @Override
  public Integer call() {
    List<Category> failCategories = failCategories();
    refuseExistingOutput();
    // The two images are read at once: exporting each from the engine is mostly waiting.
    ExportProgress progress = new ExportProgressLines(spec.commandLine().getErr());
    List<Inventory> both = Concurrently.all(List.of(
        () -> InventorySource.read(imageA, progress),
        () -> InventorySource.read(imageB, progress)));
    ImageDiff diff = InventoryDiff.compare(both.get(0), both.get(1));
    if (output == null) {
      spec.commandLine().getOut().print(format.render(diff, colourAllowed.getAsBoolean()));
      spec.commandLine().getOut().flush();
    } else {
      AtomicWriter.forOutputFile(force).write(output, format.render(diff, false));
      spec.commandLine().getErr().println("Wrote " + output);
    }
    List<Category> failed = diff.withFindings(failCategories);
    if (failed.isEmpty()) {
      return ExitCode.OK;
    }
    spec.commandLine().getErr().println("Failing (--fail-on): findings in " + failed.stream()
        .map(c -> c.id() + " (" + diff.category(c).changes().size() + ")")
        .collect(Collectors.joining(", ")));
    return ExitCode.CHECK_FAILED;
  }

  /** Checked before any image is read, which can take a while; writing checks again. */
  private void refuseExistingOutput() {
    if (output != null) {
      AtomicWriter.forOutputFile(force).refuseExisting(List.of(output));
    }
  }

  /** Checked before any image is read, so a typo costs nothing. */
  private List<Category> failCategories() {
    List<Category> categories = new ArrayList<>();
    for (String id : failOn) {
      String trimmed = id.strip();
      categories.add(
          Category.byId(trimmed)
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          spec.commandLine(),
                          "Unknown --fail-on category '" + trimmed + "'. Valid categories: "
                              + String.join(", ", Category.ids()))));
    }
    return categories;
  }
}
