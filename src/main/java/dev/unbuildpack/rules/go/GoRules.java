package dev.unbuildpack.rules.go;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.go.GoFacts;
import dev.unbuildpack.detect.go.GoMod;
import dev.unbuildpack.detect.go.GoReplace;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.InstallOrder;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.EcosystemRules;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Applies the Go rules to what the Go detector found. */
public final class GoRules implements EcosystemRules {
  private final RuleSet rules;
  private final GoReleases releases;

  public GoRules(RuleSet rules) {
    this(rules, GoReleases.builtIn());
  }

  GoRules(RuleSet rules, GoReleases releases) {
    this.rules = rules;
    this.releases = releases;
  }

  @Override
  public String ecosystem() {
    return GoFacts.ID;
  }

  @Override
  public void apply(EcosystemFacts facts, HerokuFiles heroku, ConfigVars config,
      DetectionDraft draft) {
    GoFacts go = (GoFacts) facts;
    if (go.goMod().isEmpty()) {
      legacy(go, draft);
      return;
    }
    GoMod mod = go.goMod().get();
    checks(go, mod, draft);
    Runtime runtime = new GoRuntimeRules(rules, releases).apply(mod, config, draft);
    draft.ecosystem(new Ecosystem(GoFacts.ID, runtime,
        new PackageManager("go", null, go.goSumNonEmpty() ? "go.sum" : null),
        go.goSumNonEmpty() ? List.of(GoMod.FILE, "go.sum") : List.of(GoMod.FILE),
        new InstallOrder(true, "go install compiles the app's sources along with the modules"
            + " go.mod and go.sum name; with the module and build caches as cache mounts, a"
            + " rebuild downloads no module again and recompiles only the packages that changed.",
            rules.rule("GO-INSTALL").id())));
    env(draft);
    GoSecretRules.Needs needs = new GoSecretRules(rules).apply(go, config, draft);
    new GoBuildSteps(rules).apply(go, mod, needs, config, draft);
    new GoProcesses(rules).apply(mod, go.sources(), heroku, draft);
  }

  /** A removed dependency tool's files and no go.mod: bin/compile fails with a migration hint. */
  private void legacy(GoFacts go, DetectionDraft draft) {
    Rule rule = rules.rule("GO-TOOL-LEGACY");
    Declared tool = go.legacyTool().orElseThrow();
    draft.finding(rule, "The app uses '" + tool.value() + "' (" + tool.at().file() + ") and has"
        + " no go.mod: support for " + tool.value() + " was removed from the buildpack, which"
        + " fails the build. Run 'go mod init <module>' and commit go.mod and go.sum.",
        tool.at());
    draft.ecosystem(new Ecosystem(GoFacts.ID, new Runtime("go", null, null,
        "no go.mod (" + tool.value() + ")", rule.id()), null, List.of()));
  }

  private void checks(GoFacts go, GoMod mod, DetectionDraft draft) {
    if (go.binIsFile()) {
      draft.finding(rules.rule("GO-CHECK-BIN-FILE"), "bin is a file; the buildpack installs the"
          + " binaries into the folder bin and fails the build. Rename the file.",
          Location.of("bin"));
    }
    if (!go.sources().cgoFiles().isEmpty()) {
      draft.finding(rules.rule("GO-CGO"), "cgo is used (import \"C\" in " + go.sources()
          .cgoFiles().stream().map(Location::toString).collect(Collectors.joining(", "))
          + "): compiled with the build image's gcc, linked against glibc, which the runtime"
          + " image of the same Debian release has.", go.sources().cgoFiles().get(0));
    }
    if (go.goWork()) {
      draft.finding(rules.rule("GO-WORKSPACE"), "go.work puts go install in workspace mode, on"
          + " Heroku and in the image alike; every folder it uses must be inside the app.",
          Location.of("go.work"));
    }
    List<GoReplace> outside = new ArrayList<>();
    for (GoReplace replace : mod.replaces()) {
      if (replace.local() && leavesApp(replace.target())) {
        outside.add(replace);
      }
    }
    outside.forEach(replace -> draft.finding(rules.rule("GO-REPLACE-OUTSIDE"), "go.mod replaces "
        + replace.path() + " with " + replace.target() + ", outside the app: neither Heroku nor"
        + " the image build has that folder.", replace.at()));
  }

  private static boolean leavesApp(String target) {
    if (target.startsWith("/")) {
      return true;
    }
    return Path.of("app").resolve(target).normalize().startsWith("..")
        || !Path.of("app").resolve(target).normalize().startsWith("app");
  }

  private void env(DetectionDraft draft) {
    Rule build = rules.rule("GO-ENV-BUILD");
    build.env().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> draft.buildEnv(e.getKey(), new EnvVar(e.getValue(), build.id())));
    Rule run = rules.rule("GO-ENV-RUN");
    run.env().forEach((name, value) -> draft.runEnv(name, new EnvVar(value, run.id())));
    Rule base = rules.rule("GO-BASE-RUN");
    draft.runPackages(base, "Go programs read the system's CA certificates and time zone data");
  }
}
