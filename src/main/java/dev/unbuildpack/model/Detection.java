package dev.unbuildpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Everything unbuildpack decided about one app, each decision with the rule that made it and the
 * file and line it rests on.
 *
 * @param app the app folder's name (not its path, so output does not depend on where it lives)
 * @param ecosystems one entry per language buildpack that runs, in the order Heroku runs them (the
 *     app's buildpack list, else the single buildpack Heroku's detection order picks)
 * @param processes Procfile process types (release included), or the default process
 * @param buildSecrets values the build needs but must never be baked into the image
 * @param systemPackages Debian packages needed at build and at run time
 * @param buildSteps commands in the order the buildpack runs them
 * @param env variables the buildpack sets at build and at run time
 * @param addons backing services declared in app.json (for compose.yaml)
 * @param ignore paths kept out of the build context (.slugignore, then defaults)
 * @param findings errors, warnings and notes for the user
 * @param debian the Debian release the images are based on and the system packages are named for,
 *     with the reason; null when no runtime version was resolved (the newest release is used)
 * @param profileScripts the app's own start-up scripts a dyno sources before every process, in
 *     its order: the committed .profile.d/*.sh, then .profile; empty when it has none
 */
public record Detection(
    String app,
    List<Ecosystem> ecosystems,
    List<Process> processes,
    List<BuildSecret> buildSecrets,
    SystemPackages systemPackages,
    List<BuildStep> buildSteps,
    Env env,
    List<Addon> addons,
    List<IgnoreEntry> ignore,
    List<Finding> findings,
    @JsonInclude(JsonInclude.Include.NON_NULL) DebianChoice debian,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> profileScripts) {
  public Detection {
    profileScripts = List.copyOf(profileScripts);
    ecosystems = List.copyOf(ecosystems);
    processes = List.copyOf(processes);
    buildSecrets = List.copyOf(buildSecrets);
    buildSteps = List.copyOf(buildSteps);
    addons = List.copyOf(addons);
    ignore = List.copyOf(ignore);
    findings = List.copyOf(findings);
  }

  /** A detection with no Debian release chosen (tests and tools that build one by hand). */
  public Detection(String app, List<Ecosystem> ecosystems, List<Process> processes,
      List<BuildSecret> buildSecrets, SystemPackages systemPackages, List<BuildStep> buildSteps,
      Env env, List<Addon> addons, List<IgnoreEntry> ignore, List<Finding> findings) {
    this(app, ecosystems, processes, buildSecrets, systemPackages, buildSteps, env, addons,
        ignore, findings, null);
  }

  /** A detection of an app without start-up scripts of its own. */
  public Detection(String app, List<Ecosystem> ecosystems, List<Process> processes,
      List<BuildSecret> buildSecrets, SystemPackages systemPackages, List<BuildStep> buildSteps,
      Env env, List<Addon> addons, List<IgnoreEntry> ignore, List<Finding> findings,
      DebianChoice debian) {
    this(app, ecosystems, processes, buildSecrets, systemPackages, buildSteps, env, addons,
        ignore, findings, debian, List.of());
  }

  /** The release the images are based on: the chosen one, else the newest supported. */
  public DebianRelease debianRelease() {
    return debian != null ? debian.release() : DebianRelease.newest();
  }

  /** True when a finding of severity error means the buildpack itself would fail this build. */
  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
