package dev.unbuildpack.detect.node;

import dev.unbuildpack.detect.Declared;
import java.util.List;
import java.util.Map;

/**
 * One workspace package of the app (npm/Yarn "workspaces", pnpm-workspace.yaml).
 *
 * @param folder its folder relative to the app root ("packages/api")
 * @param scripts its package.json scripts by name, located in its own package.json
 * @param dependencies its declared dependencies
 * @param scriptVariables variables its build-time scripts read
 */
public record Workspace(
    String folder,
    Map<String, Declared> scripts,
    List<Dependency> dependencies,
    List<ScriptVariable> scriptVariables) {
  public Workspace {
    scripts = Map.copyOf(scripts);
    dependencies = List.copyOf(dependencies);
    scriptVariables = List.copyOf(scriptVariables);
  }

  /** Its manifest, relative to the app root. */
  public String manifest() {
    return folder + "/" + PackageJson.FILE;
  }
}
