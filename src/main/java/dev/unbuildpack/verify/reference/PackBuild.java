package dev.unbuildpack.verify.reference;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.EnvironmentException;
import dev.unbuildpack.common.Location;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Image A built now by the Cloud Native Buildpacks CLI: {@code pack build IMAGE --builder
 * heroku/builder:24 --path APP --env NAME...} (buildpacks.io, pack build). Config-var values are
 * handed to pack through its environment, never on its command line, where any user of the
 * machine could read them.
 */
public final class PackBuild {
  public static final String DEFAULT_BUILDER = "heroku/builder:24";
  static final String INSTALL_ADVICE =
      "Install pack (https://buildpacks.io/docs/for-platform-operators/how-to/integrate-ci/pack/:"
          + " a release from github.com/buildpacks/pack/releases, or brew install"
          + " buildpacks/tap/pack) and run again.";
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private PackBuild() {}

  /** The pack executable on {@code path} (a PATH value); exit 4 with install advice if none. */
  public static Path locate(String path) {
    return find(path).orElseThrow(() -> new EnvironmentException(
        "pack is not installed (no executable 'pack' on PATH)",
        "--pack builds image A with the Cloud Native Buildpacks CLI, pack.",
        List.of(INSTALL_ADVICE,
            "Or give image A another way: --buildpack-image REF (an image buildpacks built"
                + " earlier) or --slug FILE --stack IMAGE (the app's Heroku slug)."),
        null));
  }

  static Optional<Path> find(String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path candidate = Path.of(dir, "pack");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      } catch (InvalidPathException ignored) {
        // A PATH entry that is no path cannot hold pack.
      }
    }
    return Optional.empty();
  }

  /** The command line: names of build-time variables only, never their values. */
  public static List<String> commandLine(Path pack, PackRequest request) {
    List<String> command = new ArrayList<>(List.of(pack.toString(), "build", request.imageName(),
        "--builder", request.builderOrDefault(),
        "--path", request.appDir().toString()));
    for (String name : request.buildEnvNames()) {
      if (!ENV_NAME.matcher(name).matches()) {
        throw new BadInputException("Invalid config var name '" + name + "'",
            Location.of(name), "A config var name is letters, digits and '_', not first a digit.",
            List.of("Rename the variable."));
      }
      command.addAll(List.of("--env", name));
    }
    return command;
  }

  /** Runs pack build with pack found on this process's PATH; exit 4 when pack fails. */
  public static ReferenceImage run(PackRequest request) {
    return run(request, System.getenv("PATH"));
  }

  /** Runs pack build with pack found on {@code path}. */
  static ReferenceImage run(PackRequest request, String path) {
    Path pack = locate(path);
    ProcessBuilder builder = new ProcessBuilder(commandLine(pack, request))
        .redirectErrorStream(true);
    builder.environment().putAll(request.buildEnv());
    int exit;
    try {
      Process process = builder.start();
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          request.progress().accept(line);
        }
      }
      exit = process.waitFor();
    } catch (IOException e) {
      throw new EnvironmentException("Could not run " + pack, e.getMessage(),
          List.of(INSTALL_ADVICE), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EnvironmentException("Interrupted while pack was building", null, List.of(), e);
    }
    if (exit != 0) {
      throw new EnvironmentException("pack build failed (exit " + exit + ")",
          "pack's output above says which buildpack or phase failed.",
          List.of("Run the same pack build by hand to see the failure, or pass image A with"
              + " --buildpack-image REF."), null);
    }
    return new ReferenceImage(request.imageName(), ReferenceImage.Origin.PACK,
        "pack build with " + request.builderOrDefault());
  }
}
