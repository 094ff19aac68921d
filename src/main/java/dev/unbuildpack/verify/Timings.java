package dev.unbuildpack.verify;

/**
 * Where verify's time went, in milliseconds.
 *
 * @param totalMillis the whole command
 * @param buildMillis making both images (builds, slug layering)
 * @param appMillis running the apps: waiting for answers and grace periods
 */
public record Timings(long totalMillis, long buildMillis, long appMillis) {
  /** Everything but the builds and the app: reading images, diffing, starting containers. */
  public long overheadMillis() {
    return Math.max(0, totalMillis - buildMillis - appMillis);
  }
}
