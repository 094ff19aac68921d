package dev.unbuildpack.image.source;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.inventory.ImageConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The image configuration JSON (OCI image config / Docker's v1 image JSON), parsed. */
public final class ImageConfigJson {
  private final JsonNode root;

  private ImageConfigJson(JsonNode root) {
    this.root = root;
  }

  public static ImageConfigJson parse(ImageManifest manifest) {
    try {
      JsonNode root = Json.readTree(manifest.configJson());
      if (root == null || !root.isObject()) {
        throw ImageErrors.malformed(manifest.image(), "image config", "It is not a JSON object.");
      }
      return new ImageConfigJson(root);
    } catch (IOException e) {
      throw ImageErrors.malformed(
          manifest.image(), "image config", "It is not valid JSON: " + e.getMessage());
    }
  }

  public ImageConfig config() {
    JsonNode c = root.path("config");
    List<String> ports = new ArrayList<>();
    c.path("ExposedPorts").fieldNames().forEachRemaining(ports::add);
    ports.sort(null);
    Map<String, String> labels = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = c.path("Labels").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      labels.put(label.getKey(), label.getValue().asText());
    }
    return new ImageConfig(strings(c.path("Env")), strings(c.path("Entrypoint")),
        strings(c.path("Cmd")), text(c.path("User")), text(c.path("WorkingDir")), ports, labels,
        text(root.path("os")), text(root.path("architecture")));
  }

  /**
   * The history entries that made a layer (empty_layer ones skipped), bottom first; each is the
   * entry's created_by, or null. Shorter than the layer list when the image records less.
   */
  public List<String> layerHistory() {
    List<String> made = new ArrayList<>();
    for (JsonNode step : root.path("history")) {
      if (!step.path("empty_layer").asBoolean(false)) {
        made.add(text(step.path("created_by")));
      }
    }
    return made;
  }

  /** Every history entry as recorded: created, created_by, comment, empty_layer. */
  public List<Map<String, Object>> history() {
    List<Map<String, Object>> steps = new ArrayList<>();
    for (JsonNode step : root.path("history")) {
      Map<String, Object> fields = new TreeMap<>();
      step.fields().forEachRemaining(f -> fields.put(f.getKey(),
          f.getValue().isBoolean() ? f.getValue().asBoolean() : f.getValue().asText()));
      steps.add(fields);
    }
    return steps;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (JsonNode value : array) {
      values.add(value.asText());
    }
    return values;
  }

  private static String text(JsonNode value) {
    return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
  }
}
