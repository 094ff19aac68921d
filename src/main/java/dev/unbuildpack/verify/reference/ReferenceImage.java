package dev.unbuildpack.verify.reference;

/**
 * Image A of a verification: what the buildpacks made, ready to run and to read like any image.
 *
 * @param image a reference the engine and {@code Inventories.read} accept (an engine image name,
 *     or docker-archive:PATH when the image was written to a file)
 * @param origin how it was obtained
 * @param description one line for reports ("slug app.tar.gz on unbuildpack-test/stack:24")
 */
public record ReferenceImage(String image, Origin origin, String description) {
  /** {@code --buildpack-image REF}: an image buildpacks built earlier, read like any source. */
  public static ReferenceImage buildpackImage(String reference) {
    return new ReferenceImage(reference, Origin.BUILDPACK_IMAGE, "buildpack image " + reference);
  }

  /** The three ways to get image A. */
  public enum Origin {
    /** {@code --buildpack-image REF}: built by buildpacks earlier. */
    BUILDPACK_IMAGE,
    /** {@code --pack}: built now by {@code pack build}. */
    PACK,
    /** {@code --slug FILE --stack IMAGE}: a Heroku slug laid on the stack image. */
    SLUG
  }
}
