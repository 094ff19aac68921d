package dev.unbuildpack.plan;

/**
 * What the user chose on the command line.
 *
 * @param imageMap rewrites of base image references (--image-map)
 * @param extraCaFile the CA bundle passed to the build as BuildKit secret "extra-ca" (--extra-ca),
 *     as the user named it, or null; only its name is used (in instructions), never its content
 * @param buildContext where the files are written relative to the app (--output)
 */
public record PlanOptions(ImageMap imageMap, String extraCaFile, BuildContext buildContext) {
  public PlanOptions(ImageMap imageMap, String extraCaFile) {
    this(imageMap, extraCaFile, BuildContext.inApp());
  }

  public static PlanOptions defaults() {
    return new PlanOptions(ImageMap.empty(), null);
  }

  public boolean extraCa() {
    return extraCaFile != null;
  }
}
