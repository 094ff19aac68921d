package dev.unbuildpack.rules;

import dev.unbuildpack.model.Addon;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.DebianChoice;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.model.ConfigVar;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.Env;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.model.SystemPackage;
import dev.unbuildpack.model.SystemPackages;
import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Detection being assembled by the platform rules and the ecosystem rules. First writer wins
 * for keyed parts (process type, secret name, package name, variable), so the more specific
 * source (the Procfile, app.json) is applied before the buildpack defaults.
 *
 * <p>While one ecosystem's rules run ({@link #whileRunning}), the draft stamps that ecosystem on
 * every build step they add, and keeps the processes they add as that buildpack's default
 * processes (its bin/release), apart from the Procfile's: only the buildpack that releases last
 * ({@link #releasedBy}) fills the types the Procfile lacks, as on Heroku.
 */
public final class DetectionDraft {
  private final String app;
  private final List<Ecosystem> ecosystems = new ArrayList<>();
  private final Map<String, Process> processes = new LinkedHashMap<>();
  private final Map<String, BuildSecret> secrets = new LinkedHashMap<>();
  // Per release, since a rule may name other packages on each; build() keeps the chosen one's.
  private final Map<DebianRelease, Map<String, SystemPackage>> buildPackages =
      byRelease();
  private final Map<DebianRelease, Map<String, SystemPackage>> runPackages = byRelease();
  private DebianChoice debian;
  private final List<BuildStep> steps = new ArrayList<>();
  private final Map<String, EnvVar> buildEnv = new LinkedHashMap<>();
  private final Map<String, EnvVar> runEnv = new LinkedHashMap<>();
  /** The ecosystem whose rules set each variable (null for the platform's and app.json's). */
  private final Map<String, String> buildOwners = new java.util.HashMap<>();
  private final Map<String, String> runOwners = new java.util.HashMap<>();
  private final List<ConfigVar> configVars = new ArrayList<>();
  private final List<Addon> addons = new ArrayList<>();
  private final List<IgnoreEntry> ignore = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private List<String> profileScripts = List.of();
  private final Map<String, Map<String, Process>> defaults = new LinkedHashMap<>();
  /** The ecosystem whose rules are running, or null while the platform rules run. */
  private String running;
  private String lastRun;
  private String releasedBy;
  private boolean releaseDecided;

  public DetectionDraft(String app) {
    this.app = app;
  }

  /**
   * Runs one ecosystem's rules: the steps they add are that ecosystem's, the processes they add
   * its buildpack's default processes.
   */
  public void whileRunning(String ecosystem, Runnable rules) {
    running = ecosystem;
    try {
      rules.run();
    } finally {
      running = null;
      lastRun = ecosystem;
    }
  }

  /**
   * The ecosystem whose buildpack's bin/release decides the default processes, or null when a
   * buildpack without default processes releases last. Unset, the last ecosystem run decides.
   */
  public void releasedBy(String ecosystem) {
    releasedBy = ecosystem;
    releaseDecided = true;
  }

  /** The default processes one ecosystem's buildpack declares, by type, in its order. */
  public Map<String, Process> defaultProcesses(String ecosystem) {
    return java.util.Collections.unmodifiableMap(
        new LinkedHashMap<>(defaults.getOrDefault(ecosystem, Map.of())));
  }

  public void ecosystem(Ecosystem ecosystem) {
    ecosystems.add(ecosystem);
  }

  /** A Procfile process, or, while an ecosystem's rules run, a default process of its buildpack. */
  public void process(Process process) {
    Map<String, Process> into = running == null ? processes
        : defaults.computeIfAbsent(running, e -> new LinkedHashMap<>());
    into.putIfAbsent(process.type(), process);
  }

  /** True when the Procfile declares this process type. */
  public boolean hasProcess(String type) {
    return processes.containsKey(type);
  }

  public void secret(BuildSecret secret) {
    secrets.putIfAbsent(secret.name(), secret);
  }

  /** A package by name, the same on every release (an Aptfile line). */
  public void buildPackage(SystemPackage pkg) {
    buildPackages.values().forEach(packages -> packages.putIfAbsent(pkg.name(), pkg));
  }

  /** A package by name, the same on every release (an Aptfile line). */
  public void runPackage(SystemPackage pkg) {
    runPackages.values().forEach(packages -> packages.putIfAbsent(pkg.name(), pkg));
  }

  /** The rule's build-stage packages ("build"), each release's names for that release. */
  public void buildPackages(Rule rule, String reason) {
    buildPackages.forEach((release, packages) -> rule.build().on(release).forEach(name ->
        packages.putIfAbsent(name, new SystemPackage(name, rule.id(), reason))));
  }

  /** The rule's run-time packages ("run", with the folders the app's user must own). */
  public void runPackages(Rule rule, String reason) {
    runPackages.forEach((release, packages) -> rule.run().on(release).forEach(name ->
        packages.putIfAbsent(name, new SystemPackage(name, rule.id(), reason, rule.owned()))));
  }

  /**
   * The rule's build packages in the runtime stage too: for a step the runtime stage repeats
   * because its tool compiles there as well (a PHP extension built in both stages).
   */
  public void buildPackagesAtRunTime(Rule rule, String reason) {
    runPackages.forEach((release, packages) -> rule.build().on(release).forEach(name ->
        packages.putIfAbsent(name, new SystemPackage(name, rule.id(), reason))));
  }

  /** The Debian release the images are based on, whose package names the detection keeps. */
  public void debian(DebianChoice choice) {
    debian = choice;
  }

  /** The ecosystems found so far, in detection priority order. */
  public List<Ecosystem> ecosystems() {
    return List.copyOf(ecosystems);
  }

  private static Map<DebianRelease, Map<String, SystemPackage>> byRelease() {
    Map<DebianRelease, Map<String, SystemPackage>> map = new EnumMap<>(DebianRelease.class);
    for (DebianRelease release : DebianRelease.values()) {
      map.put(release, new LinkedHashMap<>());
    }
    return map;
  }

  /** A build step, named as the running ecosystem's unless it names its own. */
  public void step(BuildStep step) {
    steps.add(step.ecosystem() == null && running != null ? step.of(running) : step);
  }

  public void buildEnv(String name, EnvVar value) {
    setEnv(buildEnv, buildOwners, name, value);
  }

  public void runEnv(String name, EnvVar value) {
    setEnv(runEnv, runOwners, name, value);
  }

  /**
   * First writer wins, except that a later buildpack's value that extends the variable
   * ("/app/.heroku/python/bin:$PATH") extends an earlier buildpack's, as each buildpack's export
   * and .profile.d script extends what the ones before it set: the later value with its
   * reference replaced by the earlier value, under the later rule.
   */
  private void setEnv(Map<String, EnvVar> env, Map<String, String> owners, String name,
      EnvVar value) {
    EnvVar earlier = env.get(name);
    if (earlier == null) {
      env.put(name, value);
      owners.put(name, running);
      return;
    }
    String reference = "$" + name;
    if (running != null && owners.get(name) != null && !running.equals(owners.get(name))
        && value.value().contains(reference)) {
      env.put(name, new EnvVar(value.value().replace(reference, earlier.value()), value.rule()));
      owners.put(name, running);
    }
  }

  public void configVar(ConfigVar var) {
    configVars.add(var);
  }

  /** True when a rule has set this variable for the build or at run time. */
  public boolean setsEnv(String name) {
    return buildEnv.containsKey(name) || runEnv.containsKey(name);
  }

  /** Replaces a variable a rule set, in each environment that has it. */
  public void overrideEnv(String name, EnvVar value) {
    buildEnv.computeIfPresent(name, (n, old) -> value);
    runEnv.computeIfPresent(name, (n, old) -> value);
  }

  public void addon(Addon addon) {
    addons.add(addon);
  }

  public void ignore(IgnoreEntry entry) {
    if (ignore.stream().noneMatch(e -> e.pattern().equals(entry.pattern()))) {
      ignore.add(entry);
    }
  }

  /** The app's own scripts a dyno sources before each process, in the order it does. */
  public void profileScripts(List<String> scripts) {
    profileScripts = List.copyOf(scripts);
  }

  /**
   * A .profile.d script a buildpack writes into the app (the JVM buildpacks' heroku-jvm.sh): a
   * dyno sources it with the app's own, in name order, before .profile.
   */
  public void buildpackProfileScript(String script) {
    List<String> scripts = new ArrayList<>(profileScripts);
    scripts.add(script);
    scripts.sort(java.util.Comparator.comparing((String s) -> !s.startsWith(".profile.d/"))
        .thenComparing(java.util.Comparator.naturalOrder()));
    profileScripts = List.copyOf(scripts);
  }

  /** A finding of the rule's own severity. */
  public void finding(Rule rule, String message, Location at) {
    finding(Severity.valueOf(rule.severity().toUpperCase(java.util.Locale.ROOT)), rule.id(),
        message, at);
  }

  public void finding(Severity severity, String rule, String message, Location at) {
    findings.add(new Finding(severity, rule, message,
        at == null ? null : at.file(), at == null ? null : at.line()));
  }

  public Detection build() {
    Map<String, Process> all = new LinkedHashMap<>(processes);
    String releaser = releaseDecided ? releasedBy : lastRun;
    if (releaser != null) {
      defaults.getOrDefault(releaser, Map.of()).forEach(all::putIfAbsent);
    }
    DebianRelease release = debian != null ? debian.release() : DebianRelease.newest();
    return new Detection(app, ecosystems, List.copyOf(all.values()),
        List.copyOf(secrets.values()),
        new SystemPackages(List.copyOf(buildPackages.get(release).values()),
            List.copyOf(runPackages.get(release).values())),
        steps, new Env(buildEnv, runEnv, configVars), addons, ignore, findings, debian,
        profileScripts);
  }
}
