package dev.unbuildpack.plan;

import dev.unbuildpack.model.ConfigVar;
import dev.unbuildpack.model.DebianChoice;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.IgnoreEntry;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How to build and run one app as an image, independent of any file format.
 *
 * <p>The build stage starts from {@code build.image()} (the primary ecosystem's), copies in the
 * other ecosystems' runtimes ({@code buildCopies}), installs its packages, sets its environment,
 * then, ecosystem by ecosystem, copies the manifests and runs the steps that need nothing else
 * ({@code dependencies}); then it copies the rest of the sources and runs {@code sourceSteps},
 * setting each buildpack's export ({@code exports}) before the first step of a later buildpack.
 * The runtime stage starts from {@code runtime.image()}, copies in the runtimes a process calls
 * ({@code runtimeCopies}), installs its packages, creates the user when the image lacks it, reruns
 * {@code runtimeTooling}, takes the built {@code workdir} from the build stage and runs
 * {@code processes.main()} as {@code user}.
 *
 * @param app the app folder's name
 * @param ecosystem the primary ecosystem, whose official images the stages start from: its id,
 *     runtime (exact version and why), package manager and manifests
 * @param ecosystems every ecosystem, in the order Heroku runs their buildpacks
 * @param workdir where the app lives in both stages ("/app", as on Heroku)
 * @param buildCopies the other ecosystems' runtimes, copied into the build stage
 * @param dependencies per ecosystem, the manifests and steps that run before the sources
 * @param sourceSteps steps that run with every source file present, in Heroku's order
 * @param exports by ecosystem, what its buildpack's export sets for the later buildpacks' steps
 * @param runtimeCopies the other ecosystems' runtimes a process calls, copied into the runtime
 *     stage
 * @param runtimeTooling steps repeated in the runtime stage because the processes need their tools
 *     (a package manager other than the one bundled with the runtime)
 * @param port the web port, or null when there is no web process
 * @param secrets every BuildKit secret the build mounts, app secrets first, sorted by id
 * @param services add-ons, each with its local stand-in when there is one
 * @param ignore .dockerignore entries in order: unbuildpack's defaults, then the app's
 * @param buildContext the build's context and Dockerfile as seen from the output folder
 * @param extraCaEnv build variables that point the tools at the extra CA bundle's file while a
 *     step mounts it; empty without --extra-ca
 * @param configVars the app's config vars, by name only: what the person running the image must
 *     set (no value is ever part of the plan)
 * @param debian the Debian release both images are based on and the system packages are named
 *     for, with the rule and the reason; null when the detection chose none (no runtime version)
 */
public record BuildPlan(
    String app,
    Ecosystem ecosystem,
    List<Ecosystem> ecosystems,
    String workdir,
    Stage build,
    List<RuntimeCopy> buildCopies,
    List<DependencyGroup> dependencies,
    List<PlanStep> sourceSteps,
    Map<String, List<EnvSetting>> exports,
    Stage runtime,
    List<RuntimeCopy> runtimeCopies,
    List<PlanStep> runtimeTooling,
    RunUser user,
    WebPort port,
    Processes processes,
    List<PlanSecret> secrets,
    List<LocalService> services,
    List<IgnoreEntry> ignore,
    BuildContext buildContext,
    List<EnvSetting> extraCaEnv,
    List<ConfigVar> configVars,
    DebianChoice debian) {
  public BuildPlan {
    ecosystems = List.copyOf(ecosystems);
    buildCopies = List.copyOf(buildCopies);
    dependencies = List.copyOf(dependencies);
    sourceSteps = List.copyOf(sourceSteps);
    exports = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exports));
    runtimeCopies = List.copyOf(runtimeCopies);
    configVars = List.copyOf(configVars);
    runtimeTooling = List.copyOf(runtimeTooling);
    secrets = List.copyOf(secrets);
    services = List.copyOf(services);
    ignore = List.copyOf(ignore);
    extraCaEnv = List.copyOf(extraCaEnv);
  }

  /** Every step that runs before the sources are copied, in order. */
  public List<PlanStep> dependencySteps() {
    return dependencies.stream().flatMap(g -> g.steps().stream()).toList();
  }

  /** Every step of the build stage, in order. */
  public List<PlanStep> buildSteps() {
    return Stream.concat(dependencySteps().stream(), sourceSteps.stream()).toList();
  }

  /** True when the app has more than one ecosystem. */
  public boolean multiple() {
    return ecosystems.size() > 1;
  }

  public boolean extraCa() {
    return !extraCaEnv.isEmpty();
  }
}
