package dev.unbuildpack.cli;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.image.Inventories;
import dev.unbuildpack.image.source.ExportProgress;
import dev.unbuildpack.inventory.Inventory;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns what the user typed into an inventory: {@code inventory:FILE.json} is a saved inventory
 * (kept as a CI artifact, say); anything else names an image, read by {@link Inventories}.
 */
final class InventorySource {
  static final String SAVED_PREFIX = "inventory:";

  private InventorySource() {}

  /** Reads the inventory; an image exported from the engine reports to {@code progress}. */
  static Inventory read(String ref, ExportProgress progress) {
    if (ref.startsWith(SAVED_PREFIX)) {
      String file = ref.substring(SAVED_PREFIX.length());
      if (file.isBlank()) {
        throw new UsageException("Nothing follows 'inventory:'", Location.of(ref),
            "inventory:FILE names a JSON file saved by 'unbuildpack inventory --format json'.",
            List.of("Write inventory:PATH, e.g. inventory:before.json."));
      }
      return named(InventoryFile.read(Path.of(file)), ref);
    }
    return Inventories.read(ref, progress);
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
