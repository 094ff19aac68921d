package dev.unbuildpack.verify;

import java.nio.file.Path;

/**
 * An image verify compares or runs.
 *
 * @param ref the engine's reference (a tag or an image id)
 * @param origin how it was made, for the report ("Dockerfile", "slug on heroku-24", ...)
 * @param launch how its processes start
 * @param buildMillis how long making it took, 0 when it already existed
 * @param archive the same image as a {@code docker save} tar that verify wrote while making it
 *     and deletes when done, read instead of exporting the image from the engine again; null
 *     when the image exists only in the engine
 */
public record BuiltImage(String ref, String origin, Launch launch, long buildMillis,
    Path archive) {
  /** An image that exists only in the engine. */
  public BuiltImage(String ref, String origin, Launch launch, long buildMillis) {
    this(ref, origin, launch, buildMillis, null);
  }

  /** The reference an inventory reads it from: the archive when there is one. */
  public String inventorySource() {
    return archive == null ? "docker:" + ref : "docker-archive:" + archive;
  }
}
