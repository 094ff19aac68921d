package dev.unbuildpack.rules.node;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.heroku.ProcfileEntry;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.EcosystemRules;
import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.semver4j.Semver;

/** Applies the Node.js rules to what the Node detector found. */
public final class NodeRules implements EcosystemRules {
  private final RuleSet rules;
  private final Releases releases;
  private final LocalDate today;

  public NodeRules(RuleSet rules, Releases releases, LocalDate today) {
    this.rules = rules;
    this.releases = releases;
    this.today = today;
  }

  @Override
  public String ecosystem() {
    return NodeFacts.ID;
  }

  @Override
  public void apply(EcosystemFacts facts, HerokuFiles heroku, ConfigVars config,
      DetectionDraft draft) {
    apply((NodeFacts) facts, heroku, config, draft);
  }

  public void apply(NodeFacts node, HerokuFiles heroku, ConfigVars config, DetectionDraft draft) {
    Runtime runtime = new RuntimeRules(rules, releases.node()).apply(node, config, draft);
    ManagerChoice manager = new PackageManagerRules(rules, releases).apply(node, runtime, draft);
    draft.ecosystem(new Ecosystem(NodeFacts.ID, runtime, manager.packageManager(),
        manifests(node, manager), new InstallOrderRule(rules).apply(node)));
    if (manager.flavor() == Flavor.YARN_BERRY) {
      config.get("YARN_PRODUCTION").ifPresent(v -> draft.finding(
          rules.rule("NODE-YARN-PRODUCTION-BERRY"), "YARN_PRODUCTION is set but Yarn 2+ rejects"
              + " it; Heroku fails the build. Remove it (YARN2_SKIP_PRUNING=true keeps"
              + " devDependencies).", v.at()));
    }
    StepSecrets secrets = new SecretRules(rules).apply(node, manager.flavor(), config, draft);
    new BuildCommandRules(rules).apply(node, manager.flavor(), secrets, draft);
    new BuildStepRules(rules).apply(node, manager, config, secrets, draft);
    new NativeRules(rules).apply(node, draft);
    new NewerNodeRules(rules).apply(node, runtime, draft);
    env(manager, draft);
    if (node.nodeModulesCommitted()) {
      draft.finding(rules.rule("NODE-MODULES-COMMITTED"), "node_modules is committed: Heroku"
          + (manager.flavor() == Flavor.NPM ? " rebuilds it (npm rebuild, then npm install)"
              : " deletes it before installing") + "; the image leaves it out and installs from"
          + " the lockfile.", Location.of("node_modules"));
    }
    defaultProcess(node, heroku, draft);
    releaseDates(node, manager, draft);
  }

  /**
   * Names the release lists the versions were resolved against, with their dates; a list older
   * than NODE-RELEASES-STALE's limit turns the note into a warning.
   */
  private void releaseDates(NodeFacts node, ManagerChoice manager, DetectionDraft draft) {
    List<ReleaseList.Tool> used = new ArrayList<>(List.of(ReleaseList.Tool.NODE));
    switch (manager.flavor()) {
      case NPM -> {
        if (node.engine("npm").isPresent()) {
          used.add(ReleaseList.Tool.NPM);
        }
      }
      case YARN_CLASSIC -> used.add(ReleaseList.Tool.YARN);
      case YARN_BERRY -> used.add(ReleaseList.Tool.YARN_BERRY);
      case PNPM -> used.add(ReleaseList.Tool.PNPM);
    }
    Rule stale = rules.rule("NODE-RELEASES-STALE");
    long limit = Long.parseLong(stale.value());
    List<String> described = new ArrayList<>();
    List<String> old = new ArrayList<>();
    for (ReleaseList.Tool tool : used) {
      ReleaseList list = releases.of(tool);
      described.add(tool.registryPackage() + " of " + list.date());
      long age = ChronoUnit.DAYS.between(LocalDate.parse(list.date()), today);
      if (age > limit) {
        old.add(tool.registryPackage() + " (" + age + " days)");
      }
    }
    String lists = "Versions resolved against the release lists " + String.join(", ", described);
    if (old.isEmpty()) {
      draft.finding(rules.rule("NODE-RELEASES-DATE"), lists + ".", null);
    } else {
      draft.finding(stale, lists + "; older than " + limit + " days: " + String.join(", ", old)
          + ". Run 'unbuildpack rules update' to resolve against today's releases.", null);
    }
  }

  /** Files the install needs, copied before the sources so the dependency layer caches. */
  private static List<String> manifests(NodeFacts node, ManagerChoice manager) {
    List<String> files = new ArrayList<>(List.of("package.json"));
    if (manager.lockfile() != null) {
      files.add(manager.lockfile());
    }
    files.addAll(node.configFiles());
    node.yarnPath().ifPresent(path -> files.add(path.value()));
    // Workspace packages are linked and installed too (workspace: ranges resolve to them).
    node.workspaces().forEach(w -> files.add(w.manifest()));
    return files;
  }

  private void env(ManagerChoice manager, DetectionDraft draft) {
    Rule build = rules.rule("NODE-ENV-BUILD");
    build.env().forEach((name, value) -> draft.buildEnv(name, new EnvVar(value, build.id())));
    if (manager.flavor() == Flavor.YARN_CLASSIC || manager.flavor() == Flavor.YARN_BERRY) {
      Rule yarn = rules.rule("NODE-ENV-YARN-CACHE");
      yarn.env().forEach((name, value) -> draft.buildEnv(name, new EnvVar(value, yarn.id())));
    }
    List<String> runRules = new ArrayList<>(List.of("NODE-ENV-RUN", "NODE-PATH-RUN"));
    if (manager.flavor() == Flavor.PNPM && pnpmAtLeast(rules.rule("NODE-ENV-PNPM-VERIFY"),
        manager.packageManager().version())) {
      runRules.add("NODE-ENV-PNPM-VERIFY");
    }
    for (String id : runRules) {
      Rule run = rules.rule(id);
      run.env().forEach((name, value) -> draft.runEnv(name, new EnvVar(value, run.id())));
    }
  }

  /** "latest" is always new enough; a declared version or range counts by its lowest version. */
  private static boolean pnpmAtLeast(Rule rule, String version) {
    if ("latest".equals(version)) {
      return true;
    }
    try {
      return Semver.coerce(version).satisfies(rule.versions());
    } catch (RuntimeException notAVersion) {
      return false;
    }
  }

  /** bin/release: "web: npm start" unless the Procfile has web or an mcp process. */
  private void defaultProcess(NodeFacts node, HerokuFiles heroku, DetectionDraft draft) {
    List<ProcfileEntry> entries = heroku.procfile().map(p -> p.entries()).orElse(List.of());
    if (entries.stream().anyMatch(e -> e.type().startsWith("mcp")) || draft.hasProcess("web")) {
      return;
    }
    Rule rule = rules.rule("NODE-PROCESS-DEFAULT");
    draft.process(new Process("web", rule.value(), "default process of the Node.js buildpack"
        + " (" + rule.id() + "): " + (heroku.procfile().isEmpty() ? "no Procfile"
            : "the Procfile declares no web process")));
    if (heroku.procfile().isEmpty() && node.script("start").isEmpty()
        && !node.startFiles().contains("server.js")) {
      draft.finding(rules.rule("NODE-PROCESS-NO-START"), "No Procfile, no start script and no"
          + " server.js: the default web process (npm start) has nothing to run.", null);
    }
  }
}
