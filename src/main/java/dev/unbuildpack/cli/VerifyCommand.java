package dev.unbuildpack.cli;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.build.BuildKitBuild;
import dev.unbuildpack.build.BuildKitRequest;
import dev.unbuildpack.build.ContainerRun;
import dev.unbuildpack.build.DockerCli;
import dev.unbuildpack.build.DockerEngine;
import dev.unbuildpack.build.SecretSource;
import dev.unbuildpack.common.AtomicWriter;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.ExitCode;
import dev.unbuildpack.common.ReadLimit;
import dev.unbuildpack.generate.Conversion;
import dev.unbuildpack.generate.RuleDescriptions;
import dev.unbuildpack.image.Inventories;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.plan.BuildContext;
import dev.unbuildpack.plan.LocalService;
import dev.unbuildpack.plan.LocalServices;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.report.Format;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.verify.AppRunner;
import dev.unbuildpack.verify.EnvFile;
import dev.unbuildpack.verify.Judge;
import dev.unbuildpack.verify.Level;
import dev.unbuildpack.verify.LogMask;
import dev.unbuildpack.verify.StackGaps;
import dev.unbuildpack.verify.baseline.StackBaseline;
import dev.unbuildpack.verify.reference.PackBuild;
import dev.unbuildpack.verify.RunPlan;
import dev.unbuildpack.verify.Verifier;
import dev.unbuildpack.verify.VerifyReports;
import dev.unbuildpack.verify.VerifyReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code unbuildpack verify APP}: builds the conversion (image B) for real, gets the buildpack
 * reference (image A) one of three ways or none, runs both, diffs them and gives a verdict.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the conversion of APP (image B) with BuildKit, gets the buildpack reference (image"
          + " A) from --buildpack-image, --slug with --stack, or --pack, runs both apps, compares"
          + " them and gives a verdict per category. Without a reference, B is checked against"
          + " the Heroku stack's package list.",
      "Add-ons with a local stand-in (app.json's heroku-postgresql, heroku-redis: compose.yaml's"
          + " services) are started on a network of their own for both runs, their URL variables"
          + " set as Heroku sets them, and removed after.",
      "The engine is the one the docker CLI uses: DOCKER_HOST (unix, tcp with TLS, ssh), else"
          + " the current docker context."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every category passes or warns",
      "1:a category fails (defaults, or --fail-on)",
      "2:usage error",
      "3:bad input (unconvertible app, failed build of B, unreadable option file)",
      "4:environment (no Docker Engine, no docker client, no pack)"
    })
public final class VerifyCommand implements Callable<Integer> {
  @Mixin DebugOption debug;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "APP", description = "The app's root folder.",
      converter = PathArgument.class)
  Path app;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  ReferenceOptions reference;

  @Option(names = "--dockerfile", paramLabel = "PATH", converter = PathArgument.class,
      description = "Build B from this Dockerfile (context APP); default: a fresh convert into a"
          + " temporary folder.")
  Path dockerfile;

  @Option(names = "--secret", paramLabel = "NAME[=env:VAR|file:PATH]",
      description = "A build secret for B's build (RUN --mount=type=secret,id=NAME), from the"
          + " variable VAR (default: NAME) or the file PATH. Never its value.")
  List<String> secrets = new ArrayList<>();

  @Option(names = "--env-file", paramLabel = "FILE", converter = PathArgument.class,
      description = "NAME=VALUE lines given to every process of both images (config vars). An"
          + " add-on's variable set here (DATABASE_URL) replaces the stand-in verify starts.")
  Path envFile;

  @Option(names = "--image-map", paramLabel = "FILE", converter = PathArgument.class,
      description = "Rewrite base images in the fresh conversion (see convert).")
  Path imageMap;

  @Option(names = "--extra-ca", paramLabel = "FILE", converter = PathArgument.class,
      description = "A CA bundle (PEM) passed to the builds as BuildKit secret 'extra-ca'.")
  Path extraCa;

  @Option(names = "--probe", paramLabel = "PATH", defaultValue = "/",
      description = "The path the web process must answer on (default: ${DEFAULT-VALUE}).")
  String probe;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "60s",
      converter = VerifyInputs.DurationConverter.class,
      description = "How long the web process may take to answer: 90s, 2m, 500ms"
          + " (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Option(names = "--grace", paramLabel = "DURATION", defaultValue = "5s",
      converter = VerifyInputs.DurationConverter.class,
      description = "How long the other processes must stay up (default: ${DEFAULT-VALUE}).")
  Duration grace;

  @Option(names = "--stack-baseline", paramLabel = "STACK", defaultValue = "heroku-24",
      description = "Without a reference image, the Heroku stack B is checked against:"
          + " heroku-22 or heroku-24 (default: ${DEFAULT-VALUE}).")
  String stack;

  @Option(names = "--tag", paramLabel = "REF", description = "The tag image B gets (default:"
      + " unbuildpack-verify/APP-NAME:latest).")
  String tag;

  @Option(names = "--reference-tag", paramLabel = "REF", description = "The tag image A gets"
      + " when verify makes it (--slug, --pack) (default: unbuildpack-verify/APP-NAME:reference).")
  String referenceTag;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      converter = DiffOptionValues.FormatConverter.class,
      description = "text, json, markdown or html (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", converter = PathArgument.class,
      description = "Write the report to FILE.")
  Path output;

  @Option(names = "--force", description = "Let --output replace an existing file.")
  boolean force;

  @Option(names = "--fail-on", split = ",", paramLabel = "CATEGORY",
      completionCandidates = VerifyInputs.CategoryIds.class,
      description = "Fail when one of these categories has any finding: ${COMPLETION-CANDIDATES}.")
  List<String> failOn = new ArrayList<>();

  /** The three ways to get image A; at most one. */
  static final class ReferenceOptions {
    @Option(names = "--buildpack-image", paramLabel = "REF",
        description = "Image A is this image, built by buildpacks earlier (pack build, a CNB"
            + " image from a registry).")
    String buildpackImage;

    @ArgGroup(exclusive = false)
    SlugOptions slug;

    @ArgGroup(exclusive = false)
    PackOptions pack;
  }

  static final class SlugOptions {
    @Option(names = "--slug", required = true, paramLabel = "FILE", converter = PathArgument.class,
        description = "A Heroku slug (heroku slugs:download), laid on --stack as a dyno runs it.")
    Path slug;

    @Option(names = "--stack", required = true, paramLabel = "IMAGE",
        description = "The stack image the slug runs on (heroku/heroku:24).")
    String stack;
  }

  static final class PackOptions {
    @Option(names = "--pack", required = true,
        description = "Build image A now with pack build (needs pack on PATH).")
    boolean pack;

    @Option(names = "--builder", paramLabel = "REF",
        description = "The builder for --pack (default: heroku/builder:24).")
    String builder;
  }

  @Override
  public Integer call() {
    VerifyInputs.requireProbePath(spec.commandLine(), probe);
    if (reference != null && reference.pack != null) {
      PackBuild.locate(System.getenv("PATH")); // before anything is built: exit 4 without pack
    }
    List<String> failCategories = VerifyInputs.failCategories(spec.commandLine(), failOn);
    StackBaseline baseline = StackBaseline.load(stack);
    if (dockerfile != null) {
      BoundedRead.requireReadable(dockerfile, ReadLimit.DOCKERFILE, dockerfile.toString());
    }
    if (output != null) {
      AtomicWriter.forOutputFile(force).refuseExisting(List.of(output));
    }
    List<SecretSource> secretSources = new ArrayList<>();
    for (String secret : secrets) {
      secretSources.add(VerifyInputs.secret(spec.commandLine(), secret));
    }
    if (extraCa != null) {
      ConvertInputs.extraCa(extraCa);
      secretSources.add(new SecretSource.FromFile("extra-ca", extraCa));
    }
    Map<String, String> env = envFile == null ? Map.of()
        : EnvFile.parse(BoundedRead.text(envFile, ReadLimit.APP_FILE, envFile.toString()),
            envFile.toString());
    AppDir appDir = AppDir.open(app);
    Detection detection = RuleEngine.builtIn().detect(appDir);
    PrintWriter err = spec.commandLine().getErr();
    LogMask mask = VerifyInputs.mask(secretSources, env);
    Consumer<String> progress = VerifyInputs.progress(err, mask, System.console() != null);

    Path workDir = tempDir();
    try (DockerClient docker = DockerEngine.connect()) {
      if (dockerfile == null) {
        requireConvertible(detection); // now: a refusal must not wait for image A
      }
      String tagB = tag != null ? tag : "unbuildpack-verify/" + VerifyInputs.imageName(appDir.name())
          + ":latest";
      // The fresh conversion is written when the pipeline asks for it, once A's making started.
      Supplier<BuildKitRequest> buildB = () -> new BuildKitRequest(app,
          dockerfile != null ? dockerfile : convert(appDir, detection, workDir), tagB,
          secretSources, null);
      List<LocalService> services =
          LocalServices.of(detection.addons(), ConvertInputs.imageMap(imageMap));
      List<String> notes = new ArrayList<>(VerifyInputs.addonNotes(services, env));
      Verifier.Request request = new Verifier.Request(
          appDir.name(), buildB,
          reference == null ? null : VerifyInputs.reference(docker, reference, app,
              referenceTag, appDir.name(), detection, env, progress),
          new StackGaps(baseline),
          new RunPlan(VerifyInputs.processes(detection), env, probe, timeout, grace),
          new Judge(failCategories, VerifyInputs.devDependencies(appDir)), notes,
          VerifyInputs.standIns(services, env));
      Verifier verifier = new Verifier(new BuildKitBuild(DockerCli.at(DockerCli.DEBIAN_CLIENT)),
          new AppRunner(new ContainerRun(docker), mask),
          Inventories::read);
      VerifyReport report = verifier.verify(request, progress);
      String rendered = mask.apply(VerifyReports.render(format, report));
      if (output == null) {
        spec.commandLine().getOut().print(rendered);
        spec.commandLine().getOut().flush();
      } else {
        AtomicWriter.forOutputFile(force).write(output, rendered);
        err.println("Wrote " + output);
      }
      err.println("verify: " + report.overall().id());
      err.flush();
      return report.overall() == Level.FAIL ? ExitCode.CHECK_FAILED : ExitCode.OK;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(workDir);
    }
  }

  /** Prints the findings; refuses an app the buildpack would refuse, as convert does. */
  private void requireConvertible(Detection detection) {
    ConvertCommand.printFindings(spec.commandLine().getErr(), detection.findings());
    if (detection.hasErrors()) {
      throw ConvertCommand.buildpackWouldFail(detection, app);
    }
  }

  /** A fresh conversion into the work folder; returns its Dockerfile. */
  private Path convert(AppDir appDir, Detection detection, Path workDir) {
    PlanOptions options = new PlanOptions(ConvertInputs.imageMap(imageMap),
        ConvertInputs.extraCa(extraCa), BuildContext.of(app, workDir));
    Conversion conversion =
        Conversion.of(detection, options, RuleDescriptions.of(RuleSet.builtIn()));
    Map<Path, String> files = new LinkedHashMap<>();
    conversion.files().forEach((name, text) -> files.put(workDir.resolve(name), text));
    AtomicWriter.forOutputDirectory(true).writeAll(files);
    return workDir.resolve("Dockerfile");
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("unbuildpack-verify");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover conversion in the temp folder holds no secret.
    }
  }
}
