package dev.unbuildpack.diff;

import dev.unbuildpack.inventory.LayerInfo;
import java.util.List;

/**
 * Sizes side by side. Layers are not paired: two images built differently share no layer
 * structure, so each image's layers are listed bottom to top.
 */
public record SizeDiff(
    List<LayerInfo> layersA, List<LayerInfo> layersB, List<EcosystemSize> ecosystems) {
  public SizeDiff {
    layersA = List.copyOf(layersA);
    layersB = List.copyOf(layersB);
    ecosystems = List.copyOf(ecosystems);
  }

  public long totalA() {
    return layersA.stream().mapToLong(LayerInfo::size).sum();
  }

  public long totalB() {
    return layersB.stream().mapToLong(LayerInfo::size).sum();
  }
}
