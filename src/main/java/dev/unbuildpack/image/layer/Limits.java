package dev.unbuildpack.image.layer;

/**
 * Bounds that keep a hostile layer from exhausting memory, disk or time.
 *
 * @param maxEntrySize largest size a single entry may declare
 * @param bombFloor decompressed bytes a layer may produce before its ratio is checked
 * @param maxRatio decompressed ÷ compressed bytes allowed past {@code bombFloor}; real layers stay
 *     far below it (text and binaries compress 3–10×), only runs of zeros approach gzip's ~1000×
 */
public record Limits(long maxEntrySize, long bombFloor, long maxRatio) {
  public static final Limits DEFAULT = new Limits(64L << 30, 1L << 30, 250);
}
