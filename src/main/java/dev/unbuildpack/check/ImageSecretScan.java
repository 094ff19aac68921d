package dev.unbuildpack.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * CHECK-SECRET-IN-IMAGE: searches a built image for the values of the secrets the CI provided:
 * every file of every layer (also files a later layer deletes, since each layer ships whole), and
 * every field of the configuration, history included. Findings carry names, places and
 * fingerprints only.
 */
public final class ImageSecretScan {
  /** Enough to point at the leak; a value copied into thousands of files would flood the report. */
  static final int MAX_PLACES_PER_SECRET = 20;

  private final FindingFactory findings;

  public ImageSecretScan(CheckRules rules) {
    this.findings = new FindingFactory(rules);
  }

  /** Findings plus notes about what could not be searched. */
  public record Result(List<CheckFinding> findings, List<String> notes) {}

  /**
   * @param values secret name to value, read from the environment by the caller; never stored
   * @param fixFile where the fix goes (the Dockerfile), or null to name the image
   */
  public Result scan(ImageContents image, Map<String, String> values, String fixFile) {
    List<String> notes = new ArrayList<>();
    values.forEach((name, value) -> {
      if (value == null || value.length() < ValueSearch.MIN_LENGTH) {
        notes.add("The value of " + name + " is shorter than " + ValueSearch.MIN_LENGTH
            + " characters (or unset) and was not searched in the image.");
      }
    });
    ValueSearch search = new ValueSearch(values);
    Map<String, List<String[]>> places = new TreeMap<>();
    if (!search.isEmpty()) {
      searchConfig(image, search, places);
      searchLayers(image, search, places);
    }
    List<CheckFinding> found = new ArrayList<>();
    String file = fixFile == null ? image.name() : fixFile;
    places.forEach((name, where) -> {
      for (String[] place : where.subList(0, Math.min(where.size(), MAX_PLACES_PER_SECRET))) {
        found.add(findings.create("CHECK-SECRET-IN-IMAGE", name, new CheckFinding.Place(file, null),
            Map.of("secret", name, "fingerprint", SecretMask.fingerprint(values.get(name)),
                "layer", place[0], "path", place[1]), List.of()));
      }
      if (where.size() > MAX_PLACES_PER_SECRET) {
        notes.add("The value of " + name + " is in " + where.size() + " places; the first "
            + MAX_PLACES_PER_SECRET + " are listed.");
      }
    });
    return new Result(found, notes);
  }

  private static void searchConfig(ImageContents image, ValueSearch search,
      Map<String, List<String[]>> places) {
    JsonNode config;
    try {
      config = Json.readTree(image.configJson());
    } catch (IOException e) {
      throw new BadInputException("The image configuration is not valid JSON",
          Location.of(image.name()), e.getMessage(), List.of("Rebuild or re-export the image."), e);
    }
    searchNode(config, "", search, places);
  }

  /** Visits every text leaf; the JSON path names where a value sits ("history[3].created_by"). */
  private static void searchNode(JsonNode node, String path, ValueSearch search,
      Map<String, List<String[]>> places) {
    if (node.isTextual()) {
      for (String name : find(search, node.textValue())) {
        places.computeIfAbsent(name, n -> new ArrayList<>())
            .add(new String[] {"the image configuration", path});
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        searchNode(node.get(i), path + "[" + i + "]", search, places);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        searchNode(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(),
            search, places);
      }
    }
  }

  private static void searchLayers(ImageContents image, ValueSearch search,
      Map<String, List<String[]>> places) {
    image.visitFiles((layer, path, content) -> {
      for (String name : search.find(content)) {
        places.computeIfAbsent(name, n -> new ArrayList<>()).add(new String[] {layer, "/" + path});
      }
    });
  }

  private static List<String> find(ValueSearch search, String text) {
    try {
      return search.find(text);
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }
}
