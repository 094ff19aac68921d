package dev.unbuildpack.image.source;

import java.util.List;

/**
 * What an image consists of, once its manifest is read.
 *
 * @param image the reference as the user gave it
 * @param configJson the raw image configuration JSON
 * @param layers bottom first
 */
public record ImageManifest(String image, byte[] configJson, List<LayerBlob> layers) {
  public ImageManifest {
    configJson = configJson.clone();
    layers = List.copyOf(layers);
  }

  @Override
  public byte[] configJson() {
    return configJson.clone();
  }
}
