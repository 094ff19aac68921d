package dev.unbuildpack.report;

import dev.unbuildpack.diff.EcosystemSize;
import dev.unbuildpack.diff.ImageDiff;
import dev.unbuildpack.inventory.LayerInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The two size tables (by ecosystem, by layer) as strings, shared by the human formats. */
final class SizeTables {
  static final List<String> ECOSYSTEM_HEADERS =
      List.of("ecosystem", "packages A", "packages B", "size A", "size B", "change");
  static final List<String> LAYER_HEADERS = List.of("image", "#", "size", "created by");
  /** Long RUN lines are cut, as docker history does; the JSON report keeps them whole. */
  private static final int CREATED_BY_MAX = 120;

  private SizeTables() {}

  static List<List<String>> ecosystemRows(ImageDiff diff) {
    List<List<String>> rows = new ArrayList<>();
    for (EcosystemSize e : diff.sizes().ecosystems()) {
      // npm, pip and most language metadata record no size: show that, not a false "0 B".
      boolean recorded = e.sizeA() != 0 || e.sizeB() != 0;
      rows.add(
          Arrays.asList(
              e.ecosystem(),
              String.valueOf(e.packagesA()),
              String.valueOf(e.packagesB()),
              recorded ? Bytes.human(e.sizeA()) : null,
              recorded ? Bytes.human(e.sizeB()) : null,
              recorded ? Bytes.delta(e.sizeA(), e.sizeB()) : null));
    }
    return rows;
  }

  /** A's layers then B's, bottom to top; a missing history entry is null. */
  static List<List<String>> layerRows(ImageDiff diff) {
    List<List<String>> rows = new ArrayList<>();
    addLayers(rows, "A", diff.sizes().layersA());
    addLayers(rows, "B", diff.sizes().layersB());
    return rows;
  }

  private static void addLayers(List<List<String>> rows, String image, List<LayerInfo> layers) {
    for (int i = 0; i < layers.size(); i++) {
      LayerInfo layer = layers.get(i);
      String createdBy =
          layer.createdBy() == null ? null : shortened(layer.createdBy().replaceAll("\\s+", " "));
      rows.add(
          Arrays.asList(image, String.valueOf(i + 1), Bytes.human(layer.size()), createdBy));
    }
  }

  private static String shortened(String text) {
    String line = text.strip();
    return line.length() <= CREATED_BY_MAX ? line : line.substring(0, CREATED_BY_MAX - 1) + "…";
  }
}
