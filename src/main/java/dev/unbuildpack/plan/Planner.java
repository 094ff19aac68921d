package dev.unbuildpack.plan;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.SystemPackage;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link Detection} and the user's options into a {@link BuildPlan}. */
public final class Planner {
  /** Where the app lives, as on Heroku, so absolute paths in scripts keep working. */
  static final String WORKDIR = "/app";

  private Planner() {}

  public static BuildPlan plan(Detection detection, PlanOptions options) {
    Ecosystem ecosystem = primaryEcosystem(detection);
    EcosystemImages images = EcosystemImages.of(ecosystem.id());
    String version = ecosystem.runtime().version();
    List<PlanStep> steps =
        Steps.of(detection.buildSteps(), options.extraCa());
    boolean sourcesFirst = Steps.needSourcesBeforeInstall(steps) || ecosystem.manifests().isEmpty()
        || Steps.installNeedsSources(ecosystem);
    int split = sourcesFirst ? Steps.leadingTooling(steps) : Steps.endOfDependencySteps(steps);
    Processes processes = processes(detection.processes());
    return new BuildPlan(
        detection.app(),
        ecosystem,
        WORKDIR,
        new Stage(
            "build",
            options.imageMap().apply(images.buildReference(version, detection.debianRelease())),
            sorted(detection.systemPackages().build()),
            settings(detection.env().build())),
        sourcesFirst ? List.of() : ecosystem.manifests(),
        sourcesFirst ? Steps.whySourcesFirst(steps, ecosystem) : null,
        sourcesFirst ? null : Steps.whyManifestsFirst(ecosystem),
        steps.subList(0, split),
        steps.subList(split, steps.size()),
        new Stage(
            "runtime",
            options.imageMap().apply(images.runtimeReference(version, detection.debianRelease())),
            sorted(detection.systemPackages().run()),
            runEnv(detection)),
        Steps.tooling(steps),
        images.runUser(),
        processes.main() != null && processes.main().type().equals("web") ? port(detection) : null,
        processes,
        Secrets.of(detection.buildSecrets(), steps, options.extraCaFile()),
        LocalServices.of(detection.addons(), options.imageMap()),
        ignore(detection.ignore(), options.buildContext()),
        options.buildContext(),
        options.extraCa() ? ExtraCa.environment(ecosystem) : List.of(),
        detection.env().configVars(),
        detection.debian());
  }

  private static Ecosystem primaryEcosystem(Detection detection) {
    if (detection.ecosystems().size() != 1) {
      throw new BadInputException(
          detection.ecosystems().isEmpty()
              ? "No language ecosystem was detected"
              : "unbuildpack converts apps with one language ecosystem for now",
          Location.of(detection.app()),
          "Found: "
              + (detection.ecosystems().isEmpty()
                  ? "none"
                  : String.join(", ", detection.ecosystems().stream().map(Ecosystem::id).toList()))
              + ".",
          List.of("Run 'unbuildpack detect' on the app to see what was found."));
    }
    return detection.ecosystems().get(0);
  }

  private static List<SystemPackage> sorted(List<SystemPackage> packages) {
    return packages.stream()
        .sorted(Comparator.comparing(SystemPackage::name).thenComparing(SystemPackage::rule))
        .toList();
  }

  /** The run environment without PORT, which {@link WebPort} carries. */
  private static List<EnvSetting> runEnv(Detection detection) {
    Map<String, EnvVar> run = new LinkedHashMap<>(detection.env().run());
    run.remove("PORT");
    return settings(run);
  }

  private static List<EnvSetting> settings(Map<String, EnvVar> env) {
    return env.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new EnvSetting(e.getKey(), e.getValue().value(), e.getValue().rule()))
        .toList();
  }

  private static WebPort port(Detection detection) {
    EnvVar port = detection.env().run().get("PORT");
    if (port != null && port.value().matches("[0-9]{1,5}")) {
      return new WebPort(Integer.parseInt(port.value()), port.rule());
    }
    return null; // no rule gave a default: the platform must set PORT
  }

  static Processes processes(List<Process> all) {
    List<Process> longRunning =
        all.stream().filter(p -> !p.type().equals("release")).toList();
    Process web = longRunning.stream().filter(p -> p.type().equals("web")).findFirst().orElse(null);
    Process main = web != null ? web : longRunning.stream().findFirst().orElse(null);
    Process release =
        all.stream().filter(p -> p.type().equals("release")).findFirst().orElse(null);
    return new Processes(main, longRunning, release);
  }

  /** The app's entries (as its rules ordered them), then convert's own files, each pattern once. */
  private static List<IgnoreEntry> ignore(List<IgnoreEntry> fromApp, BuildContext context) {
    Map<String, IgnoreEntry> byPattern = new LinkedHashMap<>();
    for (List<IgnoreEntry> group : List.of(fromApp, DefaultIgnore.entries(context))) {
      group.forEach(entry -> byPattern.putIfAbsent(entry.pattern(), entry));
    }
    return List.copyOf(byPattern.values());
  }
}
