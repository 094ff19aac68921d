package dev.unbuildpack.cli;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.AtomicWriter;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.generate.Conversion;
import dev.unbuildpack.generate.RuleDescriptions;
import dev.unbuildpack.generate.jib.JibConfiguration;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.plan.BuildContext;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unbuildpack convert APP}: writes Dockerfile, .dockerignore, compose.yaml and
 * unbuildpack-report.md, all four or none. When the detection has errors (Heroku's buildpack
 * would fail this build, or the image would carry a committed credential), nothing is written: a
 * Dockerfile that reproduces the build would fail the same way or leak, so the findings go to
 * stderr (and into the JSON summary) and the exit code is 3.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = "Write Dockerfile, .dockerignore, compose.yaml and unbuildpack-report.md for APP.")
public final class ConvertCommand implements Callable<Integer> {
  enum Format { text, json }

  @Parameters(arity = "1..*", paramLabel = "APP", converter = PathArgument.class,
      description = "The app's root folder; with --each, folders holding apps.")
  List<Path> apps;

  @Option(names = "--each", description = "Convert every app under APP... (found as survey finds"
      + " them), each all or nothing, and print the survey report of the run.")
  boolean each;

  @Option(names = "--output-root", paramLabel = "DIR", converter = PathArgument.class,
      description = "With --each: write each app's files under DIR, mirroring its path.")
  Path outputRoot;

  @Mixin JobsOption jobs;

  /** The one app, without --each. */
  private Path app;

  @Option(names = "--output", paramLabel = "DIR", description = "Where to write (default: APP).",
      converter = PathArgument.class)
  Path output;

  @Option(names = "--force", description = "Replace existing files.")
  boolean force;

  @Option(names = "--dry-run", description = "Print the files instead of writing them.")
  boolean dryRun;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--image-map", paramLabel = "FILE",
      description = "Rewrite base images: lines 'PATTERN = REPLACEMENT', '*' wildcards, '#' comments.",
      converter = PathArgument.class)
  Path imageMap;

  @Option(names = "--extra-ca", paramLabel = "FILE",
      description = "A CA bundle (PEM) the build passes as BuildKit secret 'extra-ca', for a"
          + " TLS-intercepting proxy. Its content never enters the generated files.",
      converter = PathArgument.class)
  Path extraCa;

  @Option(names = "--jib", description = "Also write the Jib configuration of a Maven or Gradle"
      + " app (jib-maven-plugin.xml or jib.gradle) that builds the same image without a Docker"
      + " daemon.")
  boolean jib;

  @Mixin DebugOption debugOption;
  @Mixin DebianOption debian;

  @Spec CommandSpec spec;

  private final BiFunction<AppDir, Optional<DebianRelease>, Detection> detector;
  private final Supplier<RuleDescriptions> rules;

  /**
   * For picocli: the Node detector and the shipped rule catalogue. picocli builds every
   * subcommand for any command line, so the rules are loaded only when a conversion runs.
   */
  public ConvertCommand() {
    this((app, debian) -> RuleEngine.builtIn().detect(app, debian),
        () -> RuleDescriptions.of(RuleSet.builtIn()));
  }

  /** A detector that ignores --debian (tests that hand in a detection). */
  ConvertCommand(Function<AppDir, Detection> detector, RuleDescriptions rules) {
    this((app, debian) -> detector.apply(app), () -> rules);
  }

  private ConvertCommand(BiFunction<AppDir, Optional<DebianRelease>, Detection> detector,
      Supplier<RuleDescriptions> rules) {
    this.detector = detector;
    this.rules = rules;
  }

  @Override
  public Integer call() {
    if (each && jib) {
      throw new UsageException("--jib converts one app", null,
          "A Jib configuration is pasted into one app's build; --each converts many.",
          List.of("Run 'unbuildpack convert --jib APP' for each Maven or Gradle app."));
    }
    if (each) {
      return ConvertEach.run(this);
    }
    if (apps.size() > 1 || outputRoot != null) {
      throw new UsageException("convert takes one APP and no --output-root", null, null,
          List.of("Pass --each to convert every app under several folders."));
    }
    app = apps.get(0);
    AppDir appDir = AppDir.open(app);
    Path target = output == null ? app : output;
    PlanOptions options = new PlanOptions(ConvertInputs.imageMap(imageMap),
        ConvertInputs.extraCa(extraCa), BuildContext.of(app, target));
    Detection detection = detector.apply(appDir, debian.pinned());
    PrintWriter out = spec.commandLine().getOut();
    printFindings(spec.commandLine().getErr(), detection.findings());
    if (detection.hasErrors()) {
      if (format == Format.json) {
        out.print(Json.write(ConvertSummary.of(detection, target, Map.of(), false, dryRun)));
        out.flush();
      }
      throw buildpackWouldFail(detection);
    }
    Conversion conversion = Conversion.of(detection, options, rules.get());
    if (jib) {
      conversion = conversion.with(JibConfiguration.files(conversion.plan()));
    }
    if (!dryRun) {
      AtomicWriter.forOutputDirectory(force).writeAll(paths(target, conversion.files()));
    }
    if (format == Format.json) {
      out.print(Json.write(ConvertSummary.of(detection, target, conversion.files(), !dryRun, dryRun)));
    } else if (dryRun) {
      conversion.files().forEach((name, text) -> out.print("==> " + name + " <==\n" + text + "\n"));
    } else {
      out.print("Wrote " + String.join(", ", conversion.files().keySet()) + " to " + target + "\n");
    }
    out.flush();
    return 0;
  }

  private static Map<Path, String> paths(Path target, Map<String, String> files) {
    Map<Path, String> paths = new LinkedHashMap<>();
    files.forEach((name, text) -> paths.put(target.resolve(name), text));
    return paths;
  }

  /** Errors and warnings on stderr as they are found; the report lists every finding. */
  static void printFindings(PrintWriter err, List<Finding> findings) {
    for (Finding finding : findings) {
      if (finding.severity().atLeast(Severity.WARNING)) {
        err.println(DetectionText.findingLine(finding));
      }
    }
    err.flush();
  }

  private BadInputException buildpackWouldFail(Detection detection) {
    return buildpackWouldFail(detection, app);
  }

  static BadInputException buildpackWouldFail(Detection detection, Path app) {
    long errors = detection.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
    return new BadInputException(
        "Cannot convert this app: " + errors + (errors == 1 ? " error" : " errors") + " above",
        Location.of(app.toString()),
        "An error means Heroku's buildpack would fail this build, or that an image built from it"
            + " would be unsafe (a committed credential); nothing was written.",
        List.of("Fix the errors listed above, then run 'unbuildpack convert' again."));
  }
}
