package dev.unbuildpack.cli;

import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.image.Inventories;
import dev.unbuildpack.inventory.ImageConfig;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.report.ColourPolicy;
import dev.unbuildpack.report.InventoryTextRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unbuildpack inventory IMAGE}: what an image has installed, read without a daemon. */
@Command(
    name = "inventory",
    mixinStandardHelpOptions = true,
    description = {
      "Lists what an image has installed: config, layers, OS and language packages, runtimes,"
          + " shared libraries and the native linkage of app code.",
      "IMAGE is docker-archive:PATH (docker save tar), oci:DIR (OCI image layout),"
          + " docker:REF or a bare reference (the local Docker Engine)."
    })
final class InventoryCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Mixin DebugOption debugOption;

  @Parameters(paramLabel = "IMAGE", description = "The image to read.")
  String image;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (aligned tables) or json. Default: ${DEFAULT-VALUE}.")
  Format format;

  @Override
  public Integer call() {
    Inventory inventory = Inventories.read(image);
    String rendered = format == Format.json
        ? Json.write(withMaskedEnv(inventory))
        : new InventoryTextRenderer(ColourPolicy.forThisProcess()).render(inventory);
    spec.commandLine().getOut().print(rendered);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /**
   * The inventory with secret-looking env values replaced by their fingerprint, as the text form
   * and diff show them; diff reads such a saved inventory and still sees whether a value changed.
   */
  static Inventory withMaskedEnv(Inventory inventory) {
    ImageConfig c = inventory.config();
    if (c == null || c.env() == null) {
      return inventory;
    }
    ImageConfig masked = new ImageConfig(c.env().stream().map(SecretMask::displayedEntry).toList(),
        c.entrypoint(), c.cmd(), c.user(), c.workdir(), c.exposedPorts(), c.labels(), c.os(),
        c.architecture());
    return new Inventory(inventory.image(), masked, inventory.layers(), inventory.packages(),
        inventory.runtimes(), inventory.libraries(), inventory.linkage());
  }
}
