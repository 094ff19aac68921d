package dev.unbuildpack.plan;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.SystemPackage;
import java.util.ArrayList;
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
    List<Ecosystem> ecosystems = ecosystems(detection);
    Processes processes = processes(detection.processes(), detection.profileScripts());
    Ecosystem primary = Runtimes.primary(ecosystems, processes);
    EcosystemImages images = EcosystemImages.of(primary.id());
    String version = primary.runtime().version();
    List<PlanStep> steps =
        Steps.of(detection.buildSteps(), options.extraCa(), ecosystems);
    Layers layers = Layers.of(ecosystems, steps);
    List<RuntimeCopy> buildCopies = Runtimes.copies(ecosystems, primary, options.imageMap(),
        true, processes, detection.debianRelease());
    List<RuntimeCopy> runtimeCopies = Runtimes.copies(ecosystems, primary, options.imageMap(),
        false, processes, detection.debianRelease());
    List<String> atRunTime = new ArrayList<>(List.of(primary.id()));
    runtimeCopies.forEach(c -> atRunTime.add(c.ecosystem()));
    List<RuntimeCopy> tools = images.toolCopies(primary, options.imageMap());
    buildCopies = concat(buildCopies, tools);
    runtimeCopies = concat(runtimeCopies, tools);
    return new BuildPlan(
        detection.app(),
        primary,
        ecosystems,
        WORKDIR,
        new Stage(
            "build",
            options.imageMap().apply(images.buildReference(version, detection.debianRelease())),
            sorted(detection.systemPackages().build()),
            settings(detection.env().build()), images.buildStage()),
        buildCopies,
        layers.dependencies(),
        layers.sourceSteps(),
        Runtimes.exports(ecosystems),
        new Stage(
            "runtime",
            options.imageMap().apply(images.runtimeReference(version, detection.debianRelease())),
            sorted(withRuntimeLibraries(detection.systemPackages().run(), runtimeCopies)),
            runEnv(detection), images.runtimeStage()),
        runtimeCopies,
        Steps.tooling(steps).stream().filter(s -> atRunTime.contains(s.ecosystem())).toList(),
        images.runUser(),
        processes.main() != null && processes.main().type().equals("web") ? port(detection) : null,
        processes,
        Secrets.of(detection.buildSecrets(), steps, options.extraCaFile()),
        LocalServices.of(detection.addons(), options.imageMap()),
        ignore(detection.ignore(), options.buildContext()),
        options.buildContext(),
        options.extraCa() ? extraCa(ecosystems) : List.of(),
        detection.env().configVars(),
        detection.debian());
  }

  private static List<RuntimeCopy> concat(List<RuntimeCopy> a, List<RuntimeCopy> b) {
    List<RuntimeCopy> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static List<Ecosystem> ecosystems(Detection detection) {
    if (detection.ecosystems().isEmpty()) {
      throw new BadInputException("No language ecosystem was detected",
          Location.of(detection.app()), "Found: none.",
          List.of("Run 'unbuildpack detect' on the app to see what was found."));
    }
    return detection.ecosystems();
  }

  /** Every ecosystem's CA variables, each name once (the first ecosystem's wins). */
  private static List<EnvSetting> extraCa(List<Ecosystem> ecosystems) {
    Map<String, EnvSetting> byName = new LinkedHashMap<>();
    ecosystems.forEach(e -> ExtraCa.environment(e).forEach(s -> byName.putIfAbsent(s.name(), s)));
    return List.copyOf(byName.values());
  }

  /** The run packages, with the libraries of the runtimes copied in that the image may lack. */
  private static List<SystemPackage> withRuntimeLibraries(List<SystemPackage> run,
      List<RuntimeCopy> copies) {
    List<SystemPackage> all = new ArrayList<>(run);
    for (RuntimeCopy copy : copies) {
      for (String name : copy.packages()) {
        if (all.stream().noneMatch(p -> p.name().equals(name))) {
          all.add(new SystemPackage(name, copy.runtime().rule(),
              "the " + copy.ecosystem() + " runtime copied in loads it"));
        }
      }
    }
    return all;
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

  static Processes processes(List<Process> all, List<String> profileScripts) {
    List<Process> longRunning =
        all.stream().filter(p -> !p.type().equals("release")).toList();
    Process web = longRunning.stream().filter(p -> p.type().equals("web")).findFirst().orElse(null);
    Process main = web != null ? web : longRunning.stream().findFirst().orElse(null);
    Process release =
        all.stream().filter(p -> p.type().equals("release")).findFirst().orElse(null);
    return new Processes(main, longRunning, release, profileScripts);
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
