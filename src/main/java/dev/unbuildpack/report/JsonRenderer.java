package dev.unbuildpack.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.diff.Category;
import dev.unbuildpack.diff.CategoryDiff;
import dev.unbuildpack.diff.Change;
import dev.unbuildpack.diff.EcosystemSize;
import dev.unbuildpack.diff.ImageDiff;
import dev.unbuildpack.inventory.LayerInfo;
import java.util.List;

/**
 * The machine-readable report, described by {@code schema/diff.schema.json}. Built field by
 * field rather than by serialising the records, so that renaming a Java field can never change
 * the documented format. Every category is present, empty or not.
 */
final class JsonRenderer {
  static final int SCHEMA_VERSION = 1;

  String render(ImageDiff diff) {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("imageA", diff.imageA());
    root.put("imageB", diff.imageB());
    ObjectNode summary = root.putObject("summary");
    summary.put("differences", diff.findingCount());
    ArrayNode providers = summary.putArray("missingLibraryProviders");
    diff.missingLibraryProviders().forEach(providers::add);
    ObjectNode counts = summary.putObject("byCategory");
    for (CategoryDiff category : diff.categories()) {
      counts.put(category.category().id(), category.changes().size());
    }
    ArrayNode categories = root.putArray("categories");
    diff.categories().forEach(category -> category(categories.addObject(), category));
    sizes(root.putObject("sizes"), diff);
    return Json.write(root);
  }

  private static void category(ObjectNode node, CategoryDiff diff) {
    Category category = diff.category();
    node.put("id", category.id());
    node.put("title", category.title());
    ArrayNode changes = node.putArray("changes");
    for (Change change : diff.changes()) {
      ObjectNode item = changes.addObject();
      item.put("kind", change.kind().id());
      item.put("scope", change.scope());
      item.put("subject", change.subject());
      item.put("before", change.before());
      item.put("after", change.after());
      item.put("detail", change.detail());
    }
  }

  private static void sizes(ObjectNode node, ImageDiff diff) {
    node.put("totalA", diff.sizes().totalA());
    node.put("totalB", diff.sizes().totalB());
    layers(node.putArray("layersA"), diff.sizes().layersA());
    layers(node.putArray("layersB"), diff.sizes().layersB());
    ArrayNode ecosystems = node.putArray("ecosystems");
    for (EcosystemSize e : diff.sizes().ecosystems()) {
      ObjectNode item = ecosystems.addObject();
      item.put("ecosystem", e.ecosystem());
      item.put("packagesA", e.packagesA());
      item.put("packagesB", e.packagesB());
      item.put("sizeA", e.sizeA());
      item.put("sizeB", e.sizeB());
    }
  }

  private static void layers(ArrayNode array, List<LayerInfo> layers) {
    for (LayerInfo layer : layers) {
      ObjectNode item = array.addObject();
      item.put("digest", layer.digest());
      item.put("size", layer.size());
      item.put("createdBy", layer.createdBy());
    }
  }
}
