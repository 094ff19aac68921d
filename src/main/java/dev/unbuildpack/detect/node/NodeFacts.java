package dev.unbuildpack.detect.node;

import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.EcosystemFacts;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the app declares for Node.js, each fact with its file and line.
 *
 * @param scripts package.json scripts by name
 * @param engines package.json engines by name ("node", "npm", "yarn", "pnpm", "iojs")
 * @param packageManager package.json "packageManager" ("pnpm@9.1.0")
 * @param lockfiles every lockfile present, in {@link Lockfile.Kind} order
 * @param dependencies declared packages first, then packages only the lockfile lists
 * @param secretReferences variables that .npmrc, .yarnrc.yml or dependency URLs expand
 * @param committedSecrets credentials committed in plain text (fingerprints only)
 * @param scriptVariables variables that build-time scripts read
 * @param versionFiles .nvmrc / .node-version, which the classic buildpack ignores
 * @param yarnPath .yarnrc.yml "yarnPath", a vendored Yarn release
 * @param configFiles package-manager configuration files present (.npmrc, .yarnrc.yml, ...)
 * @param gitDependencies dependencies fetched with git
 * @param startFiles server.js / index.js at the root (what `npm start` falls back to)
 * @param nodeModulesCommitted true when node_modules is part of the source
 * @param workspaces the workspace packages, sorted by folder; their dependencies and script
 *     variables are also in {@code dependencies} and {@code scriptVariables}
 * @param installInputs what the install reads or runs beyond the manifests (lifecycle scripts,
 *     patch files, dependencies from folders of the app)
 */
public record NodeFacts(
    Map<String, Declared> scripts,
    Map<String, Declared> engines,
    Optional<Declared> packageManager,
    List<Lockfile> lockfiles,
    List<Dependency> dependencies,
    List<SecretReference> secretReferences,
    List<CommittedSecret> committedSecrets,
    List<ScriptVariable> scriptVariables,
    List<Declared> versionFiles,
    Optional<Declared> yarnPath,
    List<String> configFiles,
    List<Dependency> gitDependencies,
    List<String> startFiles,
    boolean nodeModulesCommitted,
    List<Workspace> workspaces,
    List<InstallInput> installInputs)
    implements EcosystemFacts {
  public static final String ID = "node";

  public NodeFacts {
    scripts = Map.copyOf(scripts);
    engines = Map.copyOf(engines);
    lockfiles = List.copyOf(lockfiles);
    dependencies = List.copyOf(dependencies);
    secretReferences = List.copyOf(secretReferences);
    committedSecrets = List.copyOf(committedSecrets);
    scriptVariables = List.copyOf(scriptVariables);
    versionFiles = List.copyOf(versionFiles);
    configFiles = List.copyOf(configFiles);
    gitDependencies = List.copyOf(gitDependencies);
    startFiles = List.copyOf(startFiles);
    workspaces = List.copyOf(workspaces);
    installInputs = List.copyOf(installInputs);
  }

  @Override
  public String ecosystem() {
    return ID;
  }

  public Optional<Declared> engine(String name) {
    return Optional.ofNullable(engines.get(name));
  }

  public Optional<Declared> script(String name) {
    return Optional.ofNullable(scripts.get(name));
  }
}
