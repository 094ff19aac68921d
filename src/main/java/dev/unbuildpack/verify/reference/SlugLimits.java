package dev.unbuildpack.verify.reference;

/**
 * How much of a slug is read before giving up. Heroku refuses slugs over 500 MB compressed (Dev
 * Center, "Slug compiler", 2024-12-03), so the defaults leave room for a slug built elsewhere
 * while still stopping a gzip bomb or a tar of millions of entries early.
 *
 * @param compressedBytes the largest slug file
 * @param unpackedBytes the largest sum of its file sizes
 * @param entries the most tar entries
 * @param pathBytes the longest entry name or link target, in UTF-8 bytes
 */
public record SlugLimits(long compressedBytes, long unpackedBytes, int entries, int pathBytes) {
  public static final SlugLimits DEFAULT =
      new SlugLimits(1L << 30, 4L << 30, 500_000, 4096);
}
