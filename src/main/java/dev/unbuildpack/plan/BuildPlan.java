package dev.unbuildpack.plan;

import dev.unbuildpack.model.ConfigVar;
import dev.unbuildpack.model.DebianChoice;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.IgnoreEntry;
import java.util.List;

/**
 * How to build and run one app as an image, independent of any file format.
 *
 * <p>The build stage starts from {@code build.image()}, installs its packages, sets its
 * environment, copies {@code manifests} and runs {@code dependencySteps}, then copies the rest of
 * the sources and runs {@code sourceSteps}. The runtime stage starts from {@code runtime.image()},
 * installs its packages, reruns {@code runtimeTooling}, takes the built {@code workdir} from the
 * build stage and runs {@code processes.main()} as {@code user}.
 *
 * @param app the app folder's name
 * @param ecosystem the language ecosystem: its id, runtime (exact version and why), package
 *     manager and manifests
 * @param workdir where the app lives in both stages ("/app", as on Heroku)
 * @param manifests files copied before the sources so dependency layers cache; empty when a step
 *     must see every source file before the install (see {@code manifestsSkippedBecause})
 * @param manifestsSkippedBecause why the sources are copied whole first, or null
 * @param manifestsFirstBecause why the manifests alone may be copied first, naming the rule that
 *     decided it; null when the sources go first, or when no rule decided it
 * @param dependencySteps steps that run before the sources are copied: with only the manifests
 *     present, or, when the sources go first, the package manager's own install alone
 * @param sourceSteps steps that run with every source file present
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
    String workdir,
    Stage build,
    List<String> manifests,
    String manifestsSkippedBecause,
    String manifestsFirstBecause,
    List<PlanStep> dependencySteps,
    List<PlanStep> sourceSteps,
    Stage runtime,
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
    configVars = List.copyOf(configVars);
    manifests = List.copyOf(manifests);
    dependencySteps = List.copyOf(dependencySteps);
    sourceSteps = List.copyOf(sourceSteps);
    runtimeTooling = List.copyOf(runtimeTooling);
    secrets = List.copyOf(secrets);
    services = List.copyOf(services);
    ignore = List.copyOf(ignore);
    extraCaEnv = List.copyOf(extraCaEnv);
  }

  /** Every step of the build stage, in order. */
  public List<PlanStep> buildSteps() {
    return java.util.stream.Stream.concat(dependencySteps.stream(), sourceSteps.stream()).toList();
  }

  public boolean extraCa() {
    return !extraCaEnv.isEmpty();
  }
}
