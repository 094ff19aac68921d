package dev.unbuildpack.rules.go;

import dev.unbuildpack.detect.go.GoMod;
import dev.unbuildpack.detect.go.GoSources;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;

/**
 * The Procfile bin/compile writes when the app has none (setupProcfile): from every main package,
 * named by the import path's last element, as 'basename' names it.
 */
final class GoProcesses {
  private final RuleSet rules;

  GoProcesses(RuleSet rules) {
    this.rules = rules;
  }

  /** The main packages' import paths, as 'go list' prints them. */
  static List<String> importPaths(GoMod mod, GoSources sources) {
    String module = mod.module().value();
    return sources.mainPackages().stream()
        .map(dir -> dir.equals(".") ? module : module + "/" + dir).toList();
  }

  void apply(GoMod mod, GoSources sources, HerokuFiles heroku, DetectionDraft draft) {
    if (heroku.procfile().isPresent()) {
      return;
    }
    List<String> names = importPaths(mod, sources).stream()
        .map(path -> path.substring(path.lastIndexOf('/') + 1)).toList();
    if (names.isEmpty()) {
      draft.finding(rules.rule("GO-PROCESS-NONE"), "No Procfile and no main package: the"
          + " buildpack writes no Procfile, so the app has no process and the image no CMD.",
          null);
      return;
    }
    if (names.size() == 1) {
      Rule single = rules.rule("GO-PROCESS-SINGLE");
      draft.process(new Process("web", "bin/" + names.get(0), "default process of the Go"
          + " buildpack (" + single.id() + "): no Procfile, one main package"));
      return;
    }
    Rule several = rules.rule("GO-PROCESS-SEVERAL");
    names.forEach(name -> draft.process(new Process(name, "bin/" + name, "default process of"
        + " the Go buildpack (" + several.id() + "): no Procfile, one line per main package")));
    if (!names.contains("web")) {
      draft.finding(several, "No Procfile and " + names.size() + " main packages ("
          + String.join(", ", names) + "): the buildpack writes one process per package and no"
          + " web process. Add a Procfile naming the web process.", null);
    }
  }
}
