package dev.unbuildpack.cli;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.check.AppNeeds;
import dev.unbuildpack.check.CheckFormat;
import dev.unbuildpack.check.CheckReport;
import dev.unbuildpack.check.CheckRules;
import dev.unbuildpack.check.SecretCheck;
import dev.unbuildpack.common.AtomicWriter;
import dev.unbuildpack.common.ExitCode;
import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
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

  @Parameters(index = "0", paramLabel = "APP", description = "The app's root folder.")
  Path app;

  @Option(names = "--dockerfile", paramLabel = "PATH",
      description = "The Dockerfile to check (default: APP/Dockerfile, if any).")
  Path dockerfilePath;

  @Option(names = "--provided", split = ",", paramLabel = "NAME",
      description = "Names of the secrets this CI passes to the build.")
  List<String> provided;

  @Option(names = "--from-env",
      description = "Take as provided the needed or mounted secret names set in the environment.")
  boolean fromEnv;

  @Option(names = "--detection", paramLabel = "FILE",
      description = "Use a saved 'detect --format json' result instead of detecting again.")
  Path detectionFile;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, json, sarif or github (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--fail-on", defaultValue = "error", paramLabel = "SEVERITY",
      description = "Exit 1 when a finding is at least this severe: error or warning"
          + " (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE.")
  Path output;

  @Option(names = "--force", description = "Replace --output FILE if it exists.")
  boolean force;

  @Override
  public Integer call() {
    CheckFormat checkFormat = parseFormat();
    Severity threshold = parseFailOn();
    AppDir appDir = AppDir.open(app);
    CheckRules rules = CheckRules.load();
    AppNeeds needs = CheckInputs.needs(appDir, detectionFile, rules);
    Optional<Dockerfile> dockerfile = CheckInputs.dockerfile(appDir, dockerfilePath);
    Optional<Set<String>> providedNames =
        CheckInputs.provided(provided, fromEnv, needs.secrets(), dockerfile);
    CheckReport report = new SecretCheck(rules).run(appDir, needs, dockerfile, providedNames);
    String text = checkFormat.render(report, rules, toolVersion(), CliPaths.prefixOf(app));
    if (output != null) {
      new AtomicWriter(force).write(output, text);
    } else {
      spec.commandLine().getOut().print(text);
    }
    return report.failsAt(threshold) ? ExitCode.CHECK_FAILED : ExitCode.OK;
  }

  private CheckFormat parseFormat() {
    try {
      return CheckFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Unknown --format '" + format + "': use text, json, sarif or github.");
    }
  }

  private Severity parseFailOn() {
    return switch (failOn.toLowerCase(Locale.ROOT)) {
      case "error" -> Severity.ERROR;
      case "warning" -> Severity.WARNING;
      default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Unknown --fail-on '" + failOn + "': use error or warning.");
    };
  }

  private static String toolVersion() {
    return new VersionProvider().getVersion()[0].replaceFirst("^unbuildpack ", "");
  }
}
