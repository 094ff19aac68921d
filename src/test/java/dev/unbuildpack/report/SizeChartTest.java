package dev.unbuildpack.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.diff.ImageDiff;
import dev.unbuildpack.diff.InventoryBuilder;
import dev.unbuildpack.diff.InventoryDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SizeChartTest {
  private static final Pattern RECT_WIDTH = Pattern.compile("<rect [^>]*width=\"(\\d+)\"");

  @Test
  void layerSegmentsAreProportionalToTheLargerImage() {
    ImageDiff diff = InventoryDiff.compare(
        InventoryBuilder.image("a").layer(300_000, "base").layer(100_000, "app").build(),
        InventoryBuilder.image("b").layer(200_000, "base").build());

    // the larger image (A, 400 kB) spans the full 500 pixels
    assertEquals(List.of(375, 125, 250), widths(SizeChart.byLayer(diff)));
  }

  @Test
  void ecosystemBarsShowCountsAndSayWhenNoSizeIsRecorded() {
    ImageDiff diff = InventoryDiff.compare(
        InventoryBuilder.image("a").pkg("deb", "bash", "5", "/var/lib/dpkg/status", 2_000_000)
            .pkg("npm", "left-pad", "1.3.0").build(),
        InventoryBuilder.image("b").pkg("deb", "bash", "5", "/var/lib/dpkg/status", 1_000_000)
            .build());

    String svg = SizeChart.byEcosystem(diff);

    assertEquals(List.of(500, 250, 0, 0), widths(svg));
    assertTrue(svg.contains(">1 package, 2.0 MB</text>"), svg);
    assertTrue(svg.contains(">1 package, size not recorded</text>"), svg);
    assertTrue(svg.contains(">none</text>"), svg);
  }

  private static List<Integer> widths(String svg) {
    List<Integer> widths = new ArrayList<>();
    Matcher m = RECT_WIDTH.matcher(svg);
    while (m.find()) {
      widths.add(Integer.parseInt(m.group(1)));
    }
    return widths;
  }
}
