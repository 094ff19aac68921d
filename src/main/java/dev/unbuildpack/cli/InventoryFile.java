package dev.unbuildpack.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.JsonInput;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.ReadLimit;
import dev.unbuildpack.inventory.Inventory;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an inventory saved by {@code unbuildpack inventory --format json}, within
 * {@link ReadLimit#INVENTORY}. Fields this version does not know are ignored, so an inventory
 * written by a newer version still compares.
 */
final class InventoryFile {
  private static final List<String> REQUIRED_LISTS =
      List.of("layers", "packages", "runtimes", "libraries", "linkage");
  private static final String WHAT = "inventory";
  private static final String FIX_SAVE =
      "Save it again with 'unbuildpack inventory --format json IMAGE > FILE.json'.";

  private InventoryFile() {}

  static Inventory read(Path file) {
    String shown = file.toString();
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new BadInputException(
          "No inventory file at " + file,
          Location.of(shown),
          "inventory:FILE names a JSON file saved by 'unbuildpack inventory --format json'.",
          List.of("Check the path, relative to the current directory.", FIX_SAVE));
    }
    String text = BoundedRead.text(file, ReadLimit.INVENTORY, shown);
    JsonNode tree = parse(shown, text);
    for (String field : REQUIRED_LISTS) {
      if (!tree.path(field).isArray()) {
        throw new BadInputException(
            "The inventory file has no '" + field + "' list",
            Location.of(shown),
            "An inventory lists layers, packages, runtimes, libraries and linkage, even if empty.",
            List.of(FIX_SAVE));
      }
    }
    // Bound from the text, not the tree, so that errors keep their line and column.
    return JsonInput.read(text, Inventory.class, shown, WHAT, FIX_SAVE);
  }

  private static JsonNode parse(String shown, String text) {
    try {
      JsonNode tree = Json.readTree(text);
      if (!tree.isObject()) {
        throw new BadInputException(
            "The inventory file does not hold a JSON object",
            Location.of(shown),
            "An inventory is one JSON object with image, config, layers and packages.",
            List.of(FIX_SAVE));
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw JsonInput.invalid(shown, WHAT, FIX_SAVE, e);
    }
  }
}
