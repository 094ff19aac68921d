package dev.unbuildpack.image.source;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image as the user names it: {@code docker-archive:PATH} (a {@code docker save} tar),
 * {@code oci:DIR} (an OCI image layout, as a directory or a tar of one), {@code docker:REF} or a
 * bare reference (an image in the local Docker Engine).
 *
 * @param text what the user wrote
 * @param kind where the image lives
 * @param target the path or the engine reference, without the prefix
 * @param choice for a file holding several images, which one: {@code @N} (the N-th, from 0) or a
 *     tag / reference name written after the path ({@code docker-archive:app.tar:app:1},
 *     {@code oci:dir:1.0}, {@code docker-archive:app.tar:@1}, as skopeo writes them); else null
 */
public record ImageRef(String text, Kind kind, String target, String choice) {
  private static final Pattern INDEX_CHOICE = Pattern.compile("(.+):(@[0-9]{1,9})");

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
      ref = new ImageRef(text, Kind.ENGINE, text, null);
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
    return kind == Kind.ENGINE
        ? new ImageRef(text, kind, target, null) : withChoice(text, kind, target);
  }

  /**
   * Splits "PATH:@N" and "PATH:TAG". A path that exists as written wins, so a file whose name has
   * a ':' still opens; otherwise the first ':' after which the path exists starts the choice.
   */
  private static ImageRef withChoice(String text, Kind kind, String target) {
    Matcher index = INDEX_CHOICE.matcher(target);
    if (index.matches()) {
      return new ImageRef(text, kind, index.group(1), index.group(2));
    }
    if (exists(target)) {
      return new ImageRef(text, kind, target, null);
    }
    for (int colon = target.indexOf(':'); colon > 0; colon = target.indexOf(':', colon + 1)) {
      if (colon < target.length() - 1 && exists(target.substring(0, colon))) {
        return new ImageRef(text, kind, target.substring(0, colon), target.substring(colon + 1));
      }
    }
    return new ImageRef(text, kind, target, null);
  }

  private static boolean exists(String path) {
    try {
      return Files.exists(Path.of(path));
    } catch (InvalidPathException e) {
      return false;
    }
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
