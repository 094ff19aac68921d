package dev.unbuildpack.image.source;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.List;
import java.util.regex.Pattern;

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
  /** A name is at most 255 characters, a tag 128, a sha512 digest 135: more is no reference. */
  private static final int MAX_ENGINE_REFERENCE = 520;
  private static final String COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN = "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT
      + ")*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]+)?";
  /**
   * Docker's reference grammar (distribution/reference: name, tag up to 128 characters, digest),
   * or an image id. Checked before the engine is asked, so a reference never reaches its URL
   * unchecked ('$', spaces, schemes, upper case).
   */
  private static final Pattern ENGINE_REFERENCE = Pattern.compile(
      "(?:" + DOMAIN + "/)?" + COMPONENT + "(?:/" + COMPONENT + ")*"
          + "(?::[\\w][\\w.-]{0,127})?"
          + "(?:@[a-z0-9]+(?:[+._-][a-z0-9]+)*:[0-9a-fA-F]{32,})?"
          + "|sha256:[0-9a-f]{64}");

  /** Where an image lives. */
  public enum Kind {
    DOCKER_ARCHIVE,
    OCI_LAYOUT,
    ENGINE
  }

  public static ImageRef parse(String text) {
    if (text == null || text.isBlank()) {
      throw invalid("", "The image reference is empty.");
    }
    ImageRef ref = withPrefix(text, "docker-archive:", Kind.DOCKER_ARCHIVE);
    if (ref == null) {
      ref = withPrefix(text, "oci:", Kind.OCI_LAYOUT);
    }
    if (ref == null) {
      ref = withPrefix(text, "docker:", Kind.ENGINE);
    }
    if (ref == null) {
      ref = new ImageRef(text, Kind.ENGINE, text);
    }
    if (ref.kind == Kind.ENGINE && (ref.target.length() > MAX_ENGINE_REFERENCE
        || !ENGINE_REFERENCE.matcher(ref.target).matches())) {
      throw invalid(text, "'" + ref.target + "' is not a Docker image reference"
          + " ([registry/]name[:tag][@digest], lower-case name) nor an image id.");
    }
    return ref;
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
        Location.of(text.isBlank() ? "(empty image reference)" : text),
        why,
        List.of(
            "Name an image as docker-archive:PATH, oci:DIR, docker:REF or a bare engine"
                + " reference such as app:1."));
  }
}
