package dev.unbuildpack.image.source;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.List;

/**
 * An image as the user names it: {@code docker-archive:PATH} (a {@code docker save} tar),
 * {@code oci:DIR} (an OCI image layout, as a directory or a tar of one), {@code docker:REF} or a
 * bare reference (an image in the local Docker Engine).
 *
 * @param text what the user wrote
 * @param kind where the image lives
 * @param target the path or the engine reference, without the prefix
 */
public record ImageRef(String text, Kind kind, String target) {
  /** Where an image lives. */
  public enum Kind {
    DOCKER_ARCHIVE,
    OCI_LAYOUT,
    ENGINE
  }

  public static ImageRef parse(String text) {
    if (text == null || text.isBlank()) {
      throw invalid(String.valueOf(text), "The image reference is empty.");
    }
    ImageRef ref = withPrefix(text, "docker-archive:", Kind.DOCKER_ARCHIVE);
    if (ref == null) {
      ref = withPrefix(text, "oci:", Kind.OCI_LAYOUT);
    }
    if (ref == null) {
      ref = withPrefix(text, "docker:", Kind.ENGINE);
    }
    return ref != null ? ref : new ImageRef(text, Kind.ENGINE, text);
  }

  private static ImageRef withPrefix(String text, String prefix, Kind kind) {
    if (!text.startsWith(prefix)) {
      return null;
    }
    String target = text.substring(prefix.length());
    if (target.isBlank()) {
      throw invalid(text, "Nothing follows '" + prefix + "'.");
    }
    return new ImageRef(text, kind, target);
  }

  private static BadInputException invalid(String text, String why) {
    return new BadInputException(
        "Invalid image reference '" + text + "'",
        Location.of(text),
        why,
        List.of(
            "Name an image as docker-archive:PATH, oci:DIR, docker:REF or a bare engine"
                + " reference such as app:1."));
  }
}
