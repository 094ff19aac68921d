package dev.unbuildpack.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.inventory.Inventory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an inventory saved by {@code unbuildpack inventory --format json}. Fields this version
 * does not know are ignored, so an inventory written by a newer version still compares.
 */
final class InventoryFile {
  private static final List<String> REQUIRED_LISTS =
      List.of("layers", "packages", "runtimes", "libraries", "linkage");
  private static final ObjectReader READER =
      Json.mapper().reader().without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private static final String FIX_SAVE =
      "Save it again with 'unbuildpack inventory --format json IMAGE > FILE.json'.";

  private InventoryFile() {}

  static Inventory read(Path file) {
    JsonNode tree = parse(file);
    for (String field : REQUIRED_LISTS) {
      if (!tree.path(field).isArray()) {
        throw new BadInputException(
            "The inventory file has no '" + field + "' list",
            Location.of(file.toString()),
            "An inventory lists layers, packages, runtimes, libraries and linkage, even if empty.",
            List.of(FIX_SAVE));
      }
    }
    try {
      return READER.treeToValue(tree, Inventory.class);
    } catch (JsonProcessingException e) {
      throw invalid(file, e);
    }
  }

  private static JsonNode parse(Path file) {
    try {
      JsonNode tree = READER.readTree(Files.readString(file));
      if (tree == null || !tree.isObject()) {
        throw new BadInputException(
            "The inventory file does not hold a JSON object",
            Location.of(file.toString()),
            "An inventory is one JSON object with image, config, layers and packages.",
            List.of(FIX_SAVE));
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw invalid(file, e);
    } catch (NoSuchFileException e) {
      throw new BadInputException(
          "No inventory file at " + file,
          Location.of(file.toString()),
          "inventory:FILE names a JSON file saved by 'unbuildpack inventory --format json'.",
          List.of("Check the path, relative to the current directory.", FIX_SAVE),
          e);
    } catch (IOException e) {
      throw new BadInputException(
          "Cannot read the inventory file",
          Location.of(file.toString()),
          e.getMessage(),
          List.of("Check that the file exists and is readable."),
          e);
    }
  }

  private static BadInputException invalid(Path file, JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    Location location =
        where == null || where.getLineNr() < 1
            ? Location.of(file.toString())
            : new Location(file.toString(), where.getLineNr(), where.getColumnNr());
    String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
            && !mapping.getPath().isEmpty()
        ? " (at " + mapping.getPathReference() + ")"
        : "";
    return new BadInputException(
        "The inventory file is not a valid inventory",
        location,
        e.getOriginalMessage() + path,
        List.of(FIX_SAVE),
        e);
  }
}
