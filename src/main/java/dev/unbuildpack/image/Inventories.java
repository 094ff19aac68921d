package dev.unbuildpack.image;

import dev.unbuildpack.image.layer.Limits;
import dev.unbuildpack.image.source.ExportProgress;
import dev.unbuildpack.image.source.ImageSources;
import dev.unbuildpack.image.source.OpenImage;
import dev.unbuildpack.inventory.Inventory;

/**
 * The entry point for reading what an image has installed, with no Docker daemon needed for
 * archives and layouts.
 *
 * <p>Accepted references: {@code docker-archive:PATH} (a {@code docker save} tar, classic or the
 * OCI layout newer engines write), {@code oci:DIR} (an OCI image layout directory, or a tar of
 * one), {@code docker:REF} or a bare reference (saved from the local engine to a temporary file,
 * then read like an archive).
 *
 * <p>Errors: an unreadable, malformed or hostile image throws {@code BadInputException} (exit 3)
 * naming the layer and entry; a missing engine throws {@code EnvironmentException} (exit 4).
 */
public final class Inventories {
  private Inventories() {}

  public static Inventory read(String imageRef) {
    return read(imageRef, ExportProgress.NONE);
  }

  /** Reads an image; an export from the engine reports to {@code progress}. */
  public static Inventory read(String imageRef, ExportProgress progress) {
    return read(imageRef, Limits.DEFAULT, progress);
  }

  static Inventory read(String imageRef, Limits limits) {
    return read(imageRef, limits, ExportProgress.NONE);
  }

  private static Inventory read(String imageRef, Limits limits, ExportProgress progress) {
    try (OpenImage image = ImageSources.open(imageRef, progress)) {
      return new InventoryReader(Catalogers.all(), limits).read(image.manifest());
    }
  }
}
