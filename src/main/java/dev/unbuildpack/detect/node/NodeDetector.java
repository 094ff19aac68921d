package dev.unbuildpack.detect.node;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.Detector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Node.js: the classic buildpack's bin/detect passes when package.json is at the root. */
public final class NodeDetector implements Detector {
  private static final List<String> VERSION_FILES = List.of(".nvmrc", ".node-version");
  private static final List<String> CONFIG_FILES =
      List.of(".npmrc", ".yarnrc", ".yarnrc.yml", "pnpm-workspace.yaml");
  private static final List<String> START_FILES = List.of("server.js", "index.js");

  @Override
  public String id() {
    return NodeFacts.ID;
  }

  @Override
  public int priority() {
    return 100;
  }

  @Override
  public List<String> markers() {
    return List.of(PackageJson.FILE);
  }

  @Override
  public boolean detects(AppDir app) {
    return app.isFile(PackageJson.FILE);
  }

  @Override
  public NodeFacts facts(AppDir app) {
    PackageJson pkg = new PackageJson(app.read(PackageJson.FILE).orElseThrow());
    List<Lockfile> lockfiles = Lockfiles.find(app);
    LockedPackages all = LockedPackages.read(app, lockfiles);
    List<Workspace> workspaces = Workspaces.find(app, pkg, all::version);
    List<Dependency> rootDependencies = pkg.dependencies(all::version);
    List<Dependency> declared = new ArrayList<>(rootDependencies);
    workspaces.forEach(w -> declared.addAll(w.dependencies()));
    LockedPackages locked = all.prunedFrom(productionRoots(declared),
        rootsComplete(app, pkg, lockfiles));
    List<ScriptVariable> scriptVariables = new ArrayList<>(pkg.scriptVariables());
    workspaces.forEach(w -> scriptVariables.addAll(w.scriptVariables()));
    Map<String, Declared> scripts = pkg.strings("scripts");
    List<SecretReference> references = new ArrayList<>();
    List<CommittedSecret> committed = new ArrayList<>();
    app.read(NpmConfig.FILE).ifPresent(t -> NpmConfig.read(t, references::add, committed::add));
    Optional<YarnConfig> yarnrc = app.read(YarnConfig.FILE).map(YarnConfig::new);
    yarnrc.ifPresent(y -> y.secrets(references::add, committed::add));
    List<Dependency> git =
        declared.stream().filter(d -> PackageJson.isGitUrl(d.range())).toList();
    git.forEach(d -> PackageJson.urlCredentials(d, references::add, committed::add));
    return new NodeFacts(
        scripts,
        pkg.strings("engines"),
        pkg.packageManager(),
        lockfiles,
        withLocked(declared, locked.packages()),
        references,
        committed,
        scriptVariables,
        versionFiles(app),
        yarnrc.flatMap(YarnConfig::yarnPath),
        CONFIG_FILES.stream().filter(app::isFile).toList(),
        git,
        START_FILES.stream().filter(app::isFile).toList(),
        app.isDirectory("node_modules"),
        workspaces,
        InstallInputs.find(app, pkg, scripts, rootDependencies, workspaces));
  }

  /**
   * True when the declared dependencies name every root of the locked graph. Workspaces are
   * included (their manifests are read), so the prune of every workspace's devDependencies
   * applies as it does to the root's ({@code yarn install --production} keeps no workspace's
   * devDependencies); Yarn's graph starts from descriptors ("name@range"), which a workspace's
   * manifest states. pnpm's starts from locked copies, and its workspaces' copies are under
   * their own importers, which are not read: a pnpm workspace stays unpruned.
   */
  private static boolean rootsComplete(AppDir app, PackageJson pkg, List<Lockfile> lockfiles) {
    boolean workspaces = pkg.hasWorkspaces() || app.isFile(Workspaces.PNPM_FILE);
    return !workspaces || lockfiles.stream().noneMatch(l -> l.kind() == Lockfile.Kind.PNPM);
  }

  /**
   * Where the production dependency tree starts: each dependency the prune keeps, as its
   * descriptor (Yarn) and as the copy it is locked at (pnpm).
   */
  private static List<String> productionRoots(List<Dependency> declared) {
    List<String> roots = new ArrayList<>();
    declared.stream().filter(d -> !d.devOnly()).forEach(d -> {
      roots.add(d.name() + "@" + d.range());
      if (d.version() != null) {
        roots.add(d.name() + "@" + d.version());
      }
    });
    return roots;
  }

  /** The declared dependencies, then every locked copy that is not one of them. */
  private static List<Dependency> withLocked(List<Dependency> declared, List<Dependency> locked) {
    List<Dependency> all = new ArrayList<>(declared);
    locked.stream()
        .filter(l -> declared.stream().noneMatch(d -> d.name().equals(l.name())
            && Objects.equals(d.version(), l.version())))
        .forEach(all::add);
    return all;
  }

  private static List<Declared> versionFiles(AppDir app) {
    List<Declared> found = new ArrayList<>();
    for (String file : VERSION_FILES) {
      app.read(file).ifPresent(text -> found.add(new Declared(text.strip(), Location.of(file, 1))));
    }
    return found;
  }
}
