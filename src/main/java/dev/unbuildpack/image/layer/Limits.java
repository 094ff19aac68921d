package dev.unbuildpack.image.layer;

/**
 * Bounds that keep a hostile layer from exhausting memory, disk or time. README.md's limits table
 * lists the defaults; a refusal names the limit it hit.
 *
 * @param maxEntrySize largest size a single entry may declare
 * @param bombFloor decompressed bytes a layer may produce before its ratio is checked
 * @param maxRatio decompressed ÷ compressed bytes allowed past {@code bombFloor}; real layers stay
 *     far below it (text and binaries compress 3–10×), only runs of zeros approach gzip's ~1000×
 * @param maxLayerSize decompressed bytes one layer may produce in all, whatever its ratio
 * @param maxEntries entries one layer may hold; each costs memory while the image is read, and
 *     real layers hold a few hundred thousand at most
 */
public record Limits(long maxEntrySize, long bombFloor, long maxRatio, long maxLayerSize,
    long maxEntries) {
  private static final long DEFAULT_LAYER_SIZE = 32L << 30;
  private static final long DEFAULT_ENTRIES = 1_000_000;

  /**
   * A zero-filled gzip bomb (ratio ~1000) is refused after 64 MiB, in well under a second; a
   * layer expanding 100× or less is a big layer, not a bomb, and is read up to 32 GiB.
   */
  public static final Limits DEFAULT = new Limits(32L << 30, 64L << 20, 100, DEFAULT_LAYER_SIZE, DEFAULT_ENTRIES);

  /** Entry and ratio limits, with the default totals. */
  public Limits(long maxEntrySize, long bombFloor, long maxRatio) {
    this(maxEntrySize, bombFloor, maxRatio, DEFAULT_LAYER_SIZE, DEFAULT_ENTRIES);
  }
}
