package dev.unbuildpack.image.source;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.List;

/** The messages for images that cannot be read, kept together so they read alike. */
public final class ImageErrors {
  private ImageErrors() {}

  /** The archive's own structure (manifest, index, config, blob list) is wrong. */
  public static BadInputException malformed(String image, String where, String why) {
    return new BadInputException(
        "The image " + image + " is malformed",
        Location.of(where),
        why,
        List.of(
            "Recreate the archive with 'docker save IMAGE -o FILE' or 'skopeo copy', "
                + "and check that it was copied completely."));
  }

  /** One entry of one layer is unsafe or unreadable; names the layer and the entry. */
  public static BadInputException badEntry(String layer, String entry, String why) {
    return badEntry(layer, entry, why, null);
  }

  /** As {@link #badEntry(String, String, String)}, keeping the low-level cause for --debug. */
  public static BadInputException badEntry(
      String layer, String entry, String why, Throwable cause) {
    return new BadInputException(
        "Refusing to read " + layer + ": entry '" + entry + "' " + why,
        Location.of(layer + "!" + entry),
        "unbuildpack reads only well-formed image layers and never follows paths out of the"
            + " image root; nothing was written.",
        List.of("Rebuild the image from a trusted Dockerfile, or inspect this layer by hand."),
        cause);
  }

  /** A blob's bytes are not those its digest names: corrupt or tampered with. */
  public static BadInputException digestMismatch(String where, String blob, String expected,
      String actual) {
    return new BadInputException(
        "Refusing to read " + where + ": blob " + blob + " does not match its digest",
        Location.of(blob),
        "The image names it " + expected + ", but its content is " + actual
            + "; it was changed or damaged after the image was written.",
        List.of("Recreate the archive from a trusted source ('docker save', 'skopeo copy')."));
  }

  /** The layer as a whole cannot be read (truncated, bad compression). */
  public static BadInputException badLayer(String layer, String why, Throwable cause) {
    return new BadInputException(
        "Cannot read " + layer,
        Location.of(layer),
        why,
        List.of("Recreate the archive; it may have been truncated while being copied."),
        cause);
  }
}
