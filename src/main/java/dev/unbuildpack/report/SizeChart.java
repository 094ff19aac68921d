package dev.unbuildpack.report;

import dev.unbuildpack.diff.EcosystemSize;
import dev.unbuildpack.diff.ImageDiff;
import dev.unbuildpack.inventory.LayerInfo;
import java.util.List;

/**
 * Inline SVG bar charts of A against B: one stacked bar per image with a segment per layer, and
 * a pair of bars per package ecosystem. Coordinates are whole pixels so output is identical on
 * every machine; hovering a segment shows its layer's size and history entry.
 */
final class SizeChart {
  private static final int WIDTH = 860;
  private static final int LABEL = 110;
  private static final int BAR_MAX = 500;
  private static final String[] A_FILLS = {"#4c78a8", "#9ecae9"};
  private static final String[] B_FILLS = {"#f58518", "#ffbf79"};

  private SizeChart() {}

  static String byLayer(ImageDiff diff) {
    long max = Math.max(1, Math.max(diff.sizes().totalA(), diff.sizes().totalB()));
    StringBuilder svg = open(2 * 34 + 10, "Size by layer, A against B");
    stacked(svg, "A", diff.sizes().layersA(), A_FILLS, 10, max);
    stacked(svg, "B", diff.sizes().layersB(), B_FILLS, 44, max);
    return svg.append("</svg>\n").toString();
  }

  static String byEcosystem(ImageDiff diff) {
    List<EcosystemSize> ecosystems = diff.sizes().ecosystems();
    long max = 1;
    for (EcosystemSize e : ecosystems) {
      max = Math.max(max, Math.max(e.sizeA(), e.sizeB()));
    }
    StringBuilder svg = open(ecosystems.size() * 44 + 10, "Installed size by ecosystem, A against B");
    int y = 10;
    for (EcosystemSize e : ecosystems) {
      text(svg, 0, y + 22, Html.escape(e.ecosystem()), "label");
      bar(svg, y, e.sizeA(), max, A_FILLS[0], "A " + e.ecosystem(), e.packagesA());
      bar(svg, y + 18, e.sizeB(), max, B_FILLS[0], "B " + e.ecosystem(), e.packagesB());
      y += 44;
    }
    return svg.append("</svg>\n").toString();
  }

  private static void stacked(
      StringBuilder svg, String image, List<LayerInfo> layers, String[] fills, int y, long max) {
    text(svg, 0, y + 18, image, "label");
    long x = LABEL;
    long total = 0;
    for (int i = 0; i < layers.size(); i++) {
      LayerInfo layer = layers.get(i);
      long width = Math.max(1, layer.size() * BAR_MAX / max);
      svg.append("<rect x=\"").append(x).append("\" y=\"").append(y)
          .append("\" width=\"").append(width).append("\" height=\"26\" fill=\"")
          .append(fills[i % 2]).append("\"><title>")
          .append(Html.escape(image + " layer " + (i + 1) + ": " + Bytes.human(layer.size())
              + (layer.createdBy() == null ? "" : " — " + layer.createdBy())))
          .append("</title></rect>\n");
      x += width;
      total += layer.size();
    }
    text(svg, x + 6, y + 18, Bytes.human(total), "value");
  }

  private static void bar(
      StringBuilder svg, int y, long size, long max, String fill, String what, int packages) {
    long width = size == 0 ? 0 : Math.max(1, size * BAR_MAX / max);
    String label = packages == 0
        ? "none"
        : packages + (packages == 1 ? " package, " : " packages, ")
            + (size == 0 ? "size not recorded" : Bytes.human(size));
    svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y).append("\" width=\"")
        .append(width).append("\" height=\"16\" fill=\"").append(fill).append("\"><title>")
        .append(Html.escape(what + ": " + label)).append("</title></rect>\n");
    text(svg, LABEL + width + 6, y + 12, Html.escape(label), "value");
  }

  private static StringBuilder open(int height, String title) {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(WIDTH).append("\" height=\"").append(height).append("\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\">\n<title>").append(title)
        .append("</title>\n");
  }

  private static void text(StringBuilder svg, long x, long y, String escaped, String cssClass) {
    svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" class=\"")
        .append(cssClass).append("\">").append(escaped).append("</text>\n");
  }
}
