package dev.unbuildpack.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
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
    String text = readText(file);
    JsonNode tree = parse(file, text);
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
      // Bound from the text, not the tree, so that errors keep their line and column.
      return READER.forType(Inventory.class).readValue(text);
    } catch (JsonProcessingException e) {
      throw invalid(file, e);
    }
  }

  private static JsonNode parse(Path file, String text) {
    try {
      JsonNode tree = READER.readTree(text);
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
    }
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file);
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

  /** "layers[0].size": where in the document, in the document's own terms. */
  private static String jsonPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static BadInputException invalid(Path file, JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    Location location =
        where == null || where.getLineNr() < 1
            ? Location.of(file.toString())
            : new Location(file.toString(), where.getLineNr(), where.getColumnNr());
    String path = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        ? " (at " + jsonPath(mapping) + ")"
        : "";
    return new BadInputException(
        "The inventory file is not a valid inventory",
        location,
        e.getOriginalMessage() + path,
        List.of(FIX_SAVE),
        e);
  }
}
