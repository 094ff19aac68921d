package dev.unbuildpack.plan;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where the image is built from, as seen from the folder convert writes to, so the written files
 * work from there when that folder is not the app's.
 *
 * @param context the app folder relative to the output folder ("." when they are the same),
 *     with "/" separators
 * @param dockerfile the Dockerfile relative to the context ("Dockerfile" when they are the same)
 * @param ignoreFile the name the .dockerignore is written under, beside the Dockerfile: BuildKit
 *     reads "&lt;Dockerfile&gt;.dockerignore" there before the context's own .dockerignore, which
 *     is the only one it reads when the Dockerfile is elsewhere
 * @param outputInContext the output folder relative to the context when it is inside the app
 *     ("" when they are the same), or null when it is outside, so the written files are not part
 *     of the context
 */
public record BuildContext(
    String context, String dockerfile, String ignoreFile, String outputInContext) {
  static final String DOCKERFILE = "Dockerfile";
  static final String DOCKERIGNORE = ".dockerignore";
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  /** The files are written into the app folder itself. */
  public static BuildContext inApp() {
    return new BuildContext(".", DOCKERFILE, DOCKERIGNORE, "");
  }

  /** The files are written to {@code output}, the app being {@code app}. */
  public static BuildContext of(Path app, Path output) {
    Path appDir = app.toAbsolutePath().normalize();
    Path outDir = output.toAbsolutePath().normalize();
    if (CONTROL.matcher(appDir.toString() + outDir).find()) {
      // The paths reach comments, a shell command and YAML; a line break would end the comment.
      throw new BadInputException("The app or output path has a control character",
          Location.of(outDir.toString().replaceAll("\\p{Cntrl}", "?")),
          "The generated files name the app's folder relative to the output folder.",
          List.of("Rename the folder, or write the files into the app (no --output)."));
    }
    if (appDir.equals(outDir)) {
      return inApp();
    }
    String context = slashes(outDir.relativize(appDir));
    String dockerfile = slashes(appDir.relativize(outDir.resolve(DOCKERFILE)));
    String inside = outDir.startsWith(appDir) ? slashes(appDir.relativize(outDir)) : null;
    return new BuildContext(context, dockerfile, DOCKERFILE + DOCKERIGNORE, inside);
  }

  public boolean isApp() {
    return context.equals(".");
  }

  private static String slashes(Path relative) {
    return relative.toString().replace(java.io.File.separatorChar, '/');
  }
}
