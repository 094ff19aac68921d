package dev.unbuildpack.rules.node;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.node.Lockfile;
import dev.unbuildpack.detect.node.NodeFacts;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.semver4j.Semver;

/**
 * Which package manager the classic buildpack uses: chosen by lockfile (bin/compile), its
 * version from packageManager, then engines, then the buildpack's default.
 */
final class PackageManagerRules {
  private static final Pattern VENDORED_YARN = Pattern.compile("yarn-(\\d+\\.\\d+\\.\\d+[^/]*)\\.c?js$");

  private final RuleSet rules;
  private final Releases releases;

  PackageManagerRules(RuleSet rules, Releases releases) {
    this.rules = rules;
    this.releases = releases;
  }

  ManagerChoice apply(NodeFacts node, Runtime runtime, DetectionDraft draft) {
    conflicts(node.lockfiles(), draft);
    Optional<Lockfile> yarn = find(node, Lockfile.Kind.YARN_BERRY, Lockfile.Kind.YARN_CLASSIC);
    // bin/compile's precedence: Yarn 2+, Yarn 1, pnpm, then npm.
    if (yarn.isPresent()) {
      return yarn(node, yarn.get(), draft);
    }
    Optional<Lockfile> pnpm = find(node, Lockfile.Kind.PNPM);
    if (pnpm.isPresent()) {
      return pnpm(node, pnpm.get(), draft);
    }
    return npm(node, runtime, draft);
  }

  private void conflicts(List<Lockfile> lockfiles, DetectionDraft draft) {
    long modern = lockfiles.stream().filter(l -> l.kind() != Lockfile.Kind.NPM_SHRINKWRAP).count();
    boolean shrinkwrap = lockfiles.stream().anyMatch(l -> l.kind() == Lockfile.Kind.NPM_SHRINKWRAP);
    if (modern > 1 || modern == 1 && shrinkwrap) {
      List<String> names = lockfiles.stream().map(Lockfile::file).toList();
      draft.finding(rules.rule("NODE-LOCKFILE-CONFLICT"), "Several lockfiles are committed ("
          + String.join(", ", names) + "); Heroku fails the build. Keep the one of the package"
          + " manager you use and delete the others.", null);
    }
  }

  private ManagerChoice yarn(NodeFacts node, Lockfile lock, DetectionDraft draft) {
    boolean berry = lock.kind() == Lockfile.Kind.YARN_BERRY;
    Rule rule = rules.rule(berry ? "NODE-PM-YARN-BERRY" : "NODE-PM-YARN");
    // A vendored release (yarnPath) runs every yarn command, whatever else is installed.
    Optional<Declared> vendored = berry ? node.yarnPath() : Optional.empty();
    Optional<Declared> declared = declared(node, "yarn", draft);
    String version;
    String why;
    if (vendored.isPresent()) {
      version = vendoredVersion(vendored.get().value());
      why = "vendored at " + vendored.get().value() + " (" + vendored.get().at() + ")";
    } else {
      String requested = declared.map(PackageManagerRules::version)
          .orElse(berry ? "latest" : rules.rule("NODE-PM-YARN").value());
      Optional<String> exact = declared.isEmpty() && berry
          ? ToolVersions.resolve(releases.of(ReleaseList.Tool.YARN_BERRY), requested)
          : ToolVersions.resolveYarn(releases, requested);
      version = exact.orElse(requested);
      why = declared.map(d -> "\"" + requested + "\" from " + d.at())
          .orElse(berry ? "version not declared" : "the buildpack's default " + requested)
          + resolution(exact, requested, ReleaseList.Tool.YARN, declared, draft);
    }
    info(draft, rule, "Yarn " + (version == null ? "" : version + " ") + "(" + why
        + "), because " + lock.file() + " is committed", lock.file());
    return new ManagerChoice(berry ? Flavor.YARN_BERRY : Flavor.YARN_CLASSIC,
        new PackageManager("yarn", version, lock.file()));
  }

  private ManagerChoice pnpm(NodeFacts node, Lockfile lock, DetectionDraft draft) {
    Rule rule = rules.rule("NODE-PM-PNPM");
    Optional<Declared> declared = declared(node, "pnpm", draft);
    String requested = declared.map(PackageManagerRules::version).orElse(rule.value());
    Optional<String> exact = ToolVersions.resolve(releases.of(ReleaseList.Tool.PNPM), requested);
    String version = exact.orElse(requested);
    if (declared.isEmpty()) {
      draft.finding(rules.rule("NODE-PM-PNPM-UNPINNED"), "No pnpm version in packageManager or"
          + " engines.pnpm; Heroku installs pnpm@" + rule.value() + ", " + version
          + " in the release list of " + releases.of(ReleaseList.Tool.PNPM).date() + ".", null);
    }
    info(draft, rule, "pnpm " + version + " (" + declared.map(d -> "\"" + requested + "\" from "
        + d.at()).orElse("the buildpack's default " + requested)
        + resolution(exact, requested, ReleaseList.Tool.PNPM, declared, draft) + "), because "
        + lock.file() + " is committed", lock.file());
    return new ManagerChoice(Flavor.PNPM, new PackageManager("pnpm", version, lock.file()));
  }

  private ManagerChoice npm(NodeFacts node, Runtime runtime, DetectionDraft draft) {
    Rule rule = rules.rule(node.engine("npm").isPresent() ? "NODE-PM-NPM" : "NODE-NPM-BUNDLED");
    Optional<Lockfile> lock = find(node, Lockfile.Kind.NPM_SHRINKWRAP, Lockfile.Kind.NPM);
    Optional<Declared> engine = node.engine("npm");
    if (lock.isEmpty()) {
      draft.finding(rules.rule("NODE-LOCKFILE-MISSING"), "No lockfile is committed; Heroku runs"
          + " npm install and resolves versions at build time.", null);
    }
    Optional<String> exact = engine.flatMap(e ->
        ToolVersions.resolve(releases.of(ReleaseList.Tool.NPM), e.value()));
    String version = engine.map(e -> exact.orElse(e.value())).orElse(null);
    String bundled = bundledMajor(runtime);
    String how = engine.map(e -> version + " (engines.npm \"" + e.value() + "\" from " + e.at()
        + resolution(exact, e.value(), ReleaseList.Tool.NPM, engine, draft) + ")")
        .orElse("bundled with Node.js " + (runtime.version() == null ? "" : runtime.version() + " ")
            + (bundled == null ? "(npm version unknown)" : "(npm " + bundled + " or older)"));
    info(draft, rule, "npm " + how + ", because no yarn.lock or pnpm-lock.yaml is committed",
        lock.map(Lockfile::file).orElse(null));
    return new ManagerChoice(Flavor.NPM, new PackageManager("npm", version,
        lock.map(Lockfile::file).orElse(null)), engine.isPresent() ? version : bundled);
  }

  /**
   * How a requested version became exact, for the package manager's finding; a range no listed
   * release satisfies raises NODE-PM-NO-MATCH and is installed as written.
   */
  private String resolution(Optional<String> exact, String requested, ReleaseList.Tool tool,
      Optional<Declared> declared, DetectionDraft draft) {
    ReleaseList list = releases.of(tool);
    if (exact.isEmpty()) {
      draft.finding(rules.rule("NODE-PM-NO-MATCH"), "No " + tool.registryPackage()
          + " release in the list of " + list.date() + " satisfies \"" + requested
          + "\"; the image installs it as written. Run 'unbuildpack rules update' or fix the"
          + " version.", declared.map(Declared::at).orElse(null));
      return "";
    }
    return exact.get().equals(requested) ? ""
        : ", resolved against the registry list of " + list.date();
  }

  /** The newest npm major the resolved Node.js may bundle (NODE-NPM-BUNDLED), or null. */
  private String bundledMajor(Runtime runtime) {
    Rule bundled = rules.rule("NODE-NPM-BUNDLED");
    boolean known = runtime.version() != null
        && Semver.coerce(runtime.version()).satisfies(bundled.versions());
    return known ? bundled.value() : null;
  }

  /** packageManager ("yarn@4.5.0+sha512...") wins over engines.yarn, as in bin/compile. */
  private Optional<Declared> declared(NodeFacts node, String tool, DetectionDraft draft) {
    Optional<Declared> field = node.packageManager().filter(p -> p.value().startsWith(tool + "@"));
    Optional<Declared> engine = node.engine(tool);
    if (field.isPresent() && engine.isPresent()) {
      draft.finding(rules.rule("NODE-PM-VERSION-TWICE"), "packageManager (" + field.get().at()
          + ") and engines." + tool + " (" + engine.get().at() + ") both declare " + tool
          + "; Heroku installs " + field.get().value().split("\\+")[0] + ".", engine.get().at());
    }
    return field.isPresent() ? field : engine;
  }

  /** The version of "tool@version+hash", or an engines range as is. */
  private static String version(Declared declared) {
    String value = declared.value();
    int at = value.indexOf('@');
    String version = at < 0 ? value : value.substring(at + 1);
    int hash = version.indexOf('+');
    return hash < 0 ? version : version.substring(0, hash);
  }

  private static String vendoredVersion(String yarnPath) {
    Matcher match = VENDORED_YARN.matcher(yarnPath);
    return match.find() ? match.group(1) : null;
  }

  private static Optional<Lockfile> find(NodeFacts node, Lockfile.Kind... kinds) {
    for (Lockfile.Kind kind : kinds) {
      Optional<Lockfile> found = node.lockfiles().stream().filter(l -> l.kind() == kind).findFirst();
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static void info(DetectionDraft draft, Rule rule, String message, String file) {
    draft.finding(Severity.INFO, rule.id(), "Package manager: " + message + ".",
        file == null ? null : Location.of(file));
  }
}
