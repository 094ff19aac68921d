package dev.unbuildpack.cli;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.check.AppNeeds;
import dev.unbuildpack.check.CheckFormat;
import dev.unbuildpack.check.CheckReport;
import dev.unbuildpack.check.CheckRules;
import dev.unbuildpack.check.ImageSecretScan;
import dev.unbuildpack.check.LayerScannerContents;
import dev.unbuildpack.check.SecretCheck;
import dev.unbuildpack.common.AtomicWriter;
import dev.unbuildpack.common.ExitCode;
import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code unbuildpack check APP}: a CI gate for build-time secrets. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks that every build-time secret the app needs is mounted on the step that needs it,",
      "provided by this CI, and never leaked into the image (ARG, ENV, COPY, files, layers)."
    })
public final class CheckCommand implements Callable<Integer> {
  @Mixin DebugOption debugOption;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "APP", description = "The app's root folder.",
      converter = PathArgument.class)
  Path app;

  @Option(names = "--dockerfile", paramLabel = "PATH",
      description = "The Dockerfile to check (default: APP/Dockerfile, if any).",
      converter = PathArgument.class)
  Path dockerfilePath;

  @Option(names = "--provided", split = ",", paramLabel = "NAME",
      description = "Names of the secrets this CI passes to the build.")
  List<String> provided;

  @Option(names = "--from-env",
      description = "Take as provided the needed or mounted secret names set in the environment.")
  boolean fromEnv;

  @Option(names = "--image", paramLabel = "IMAGE",
      description = "A built image to inspect: docker-archive:PATH, oci:DIR, or an image in the"
          + " local engine.")
  String image;

  @Option(names = "--scan-values",
      description = "With --image: search every layer, the config and the history for the values"
          + " of the provided secrets (read from the environment; only fingerprints are shown).")
  boolean scanValues;

  @Option(names = "--detection", paramLabel = "FILE",
      description = "Use a saved 'detect --format json' result instead of detecting again.",
      converter = PathArgument.class)
  Path detectionFile;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json, sarif or github (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
      description = "Exit 1 when a finding is at least this severe: error or warning"
          + " (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.",
      converter = PathArgument.class)
  Path output;

  @Option(names = "--force", description = "Replace --output FILE if it exists.")
  boolean force;

  @Override
  public Integer call() {
    CheckFormat checkFormat = parseFormat();
    Severity threshold = parseFailOn();
    if (scanValues && image == null) {
      throw new ParameterException(spec.commandLine(), "--scan-values needs --image IMAGE.");
    }
    AppDir appDir = AppDir.open(app);
    CheckRules rules = CheckRules.load();
    AppNeeds needs = CheckInputs.needs(appDir, detectionFile, rules);
    Optional<Dockerfile> dockerfile = CheckInputs.dockerfile(appDir, dockerfilePath);
    Optional<Set<String>> providedNames =
        CheckInputs.provided(provided, fromEnv, needs.secrets(), dockerfile);
    CheckReport report = new SecretCheck(rules).run(appDir, needs, dockerfile, providedNames);
    if (image != null) {
      report = withImage(report, rules, providedNames);
    }
    String text = checkFormat.render(report, rules, toolVersion(), CliPaths.prefixOf(app));
    if (output != null) {
      AtomicWriter.forOutputFile(force).write(output, text);
    } else {
      spec.commandLine().getOut().print(text);
    }
    return report.failsAt(threshold) ? ExitCode.CHECK_FAILED : ExitCode.OK;
  }

  /** The values of the provided secrets, read from the environment, searched in the image. */
  private CheckReport withImage(CheckReport report, CheckRules rules, Optional<Set<String>> names) {
    if (!scanValues) {
      return report.withImageFindings(image, List.of(),
          List.of("The image was not searched: add --scan-values to search it for secret values."));
    }
    if (names.isEmpty()) {
      throw new ParameterException(spec.commandLine(),
          "--scan-values needs --provided NAME,... or --from-env: it searches for their values.");
    }
    Map<String, String> values = new TreeMap<>();
    names.get().forEach(name -> values.put(name, System.getenv(name)));
    try (LayerScannerContents contents = LayerScannerContents.open(image)) {
      ImageSecretScan.Result result =
          new ImageSecretScan(rules).scan(contents, values, report.dockerfile());
      return report.withImageFindings(image, result.findings(), result.notes());
    }
  }

  private CheckFormat parseFormat() {
    try {
      return CheckFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "Unknown --format '" + format + "': use text, json, sarif or github.");
    }
  }

  private Severity parseFailOn() {
    return switch (failOn.toLowerCase(Locale.ROOT)) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default -> throw new ParameterException(spec.commandLine(),
          "Unknown --fail-on '" + failOn + "': use error or warning.");
    };
  }

  private static String toolVersion() {
    return new VersionProvider().getVersion()[0].replaceFirst("^unbuildpack ", "");
  }
}
