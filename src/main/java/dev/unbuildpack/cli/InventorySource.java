package dev.unbuildpack.cli;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.inventory.Inventory;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns what the user typed into an inventory: {@code inventory:FILE.json} is a saved inventory
 * (kept as a CI artifact, say); anything else names an image.
 */
final class InventorySource {
  static final String SAVED_PREFIX = "inventory:";

  private InventorySource() {}

  static Inventory read(String ref) {
    if (ref.startsWith(SAVED_PREFIX)) {
      return named(InventoryFile.read(Path.of(ref.substring(SAVED_PREFIX.length()))), ref);
    }
    throw new BadInputException(
        "Cannot read image '" + ref + "': this build compares saved inventories only",
        Location.of(ref),
        "Reading images directly is not available yet.",
        List.of(
            "Pass a saved inventory as inventory:FILE.json.",
            "Save one with 'unbuildpack inventory --format json IMAGE > FILE.json'."));
  }

  /** A hand-written inventory may leave out the image name; reports then show what was typed. */
  private static Inventory named(Inventory inventory, String ref) {
    if (inventory.image() != null && !inventory.image().isBlank()) {
      return inventory;
    }
    return new Inventory(ref, inventory.config(), inventory.layers(), inventory.packages(),
        inventory.runtimes(), inventory.libraries(), inventory.linkage());
  }
}
