package dev.unbuildpack.plan;

/**
 * A base image as the Dockerfile or compose.yaml names it.
 *
 * @param reference what is pulled, e.g. "node:24.19.0-bookworm-slim", after the image map
 * @param original the reference before the image map; equal to {@code reference} when no map line
 *     matched
 * @param mappedBy the image-map line that rewrote it ("line 3"), or null
 */
public record ImageRef(String reference, String original, String mappedBy) {
  public static ImageRef of(String reference) {
    return new ImageRef(reference, reference, null);
  }

  public boolean isMapped() {
    return mappedBy != null;
  }
}
