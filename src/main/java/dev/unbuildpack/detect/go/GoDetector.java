package dev.unbuildpack.detect.go;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.Detector;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Go: the classic buildpack's bin/detect passes on go.mod, and on the files of the dependency
 * tools it no longer supports (so that bin/compile can say so): Gopkg.lock, Godeps/Godeps.json,
 * vendor/vendor.json, glide.yaml, or .go files at least two folders under src/ (gb).
 */
public final class GoDetector implements Detector {
  /** lib/common.sh determineTool's order of legacy tools, by the file that shows each. */
  private static final Map<String, String> LEGACY = new java.util.LinkedHashMap<>();

  static {
    LEGACY.put("Gopkg.lock", "dep");
    LEGACY.put("Godeps/Godeps.json", "godep");
    LEGACY.put("vendor/vendor.json", "govendor");
    LEGACY.put("glide.yaml", "glide");
  }

  @Override
  public String id() {
    return GoFacts.ID;
  }

  @Override
  public int priority() {
    return 900;
  }

  @Override
  public List<String> markers() {
    return List.of("go.mod", "Gopkg.lock", "Godeps/Godeps.json", "vendor/vendor.json",
        "glide.yaml", "src/*/**.go");
  }

  @Override
  public boolean detects(AppDir app) {
    return app.isFile(GoMod.FILE) || LEGACY.keySet().stream().anyMatch(app::isFile)
        || gbSources(app);
  }

  @Override
  public GoFacts facts(AppDir app) {
    Optional<GoMod> goMod = app.read(GoMod.FILE).map(GoMod::parse);
    return new GoFacts(
        goMod,
        goMod.isPresent() ? Optional.empty() : legacyTool(app),
        app.isDirectory("vendor"),
        app.read("go.sum").map(text -> !text.isEmpty()).orElse(false),
        app.isFile("go.work"),
        goMod.isPresent() ? GoSources.read(app) : new GoSources(List.of(), List.of()),
        app.isFile("bin/go-pre-compile"),
        app.isFile("bin/go-post-compile"),
        app.isFile("bin"),
        app.read(Netrc.FILE).flatMap(Netrc::password));
  }

  private static Optional<Declared> legacyTool(AppDir app) {
    for (Map.Entry<String, String> legacy : LEGACY.entrySet()) {
      if (app.isFile(legacy.getKey())) {
        return Optional.of(new Declared(legacy.getValue(), Location.of(legacy.getKey())));
      }
    }
    return gbSources(app) ? Optional.of(new Declared("gb", Location.of("src")))
        : Optional.empty();
  }

  /** find src -mindepth 2 -name '*.go': a .go file in a folder under src/ (bounded walk). */
  private static boolean gbSources(AppDir app) {
    for (String dir : app.list("src")) {
      if (anyGoFile(app, "src/" + dir, 6)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyGoFile(AppDir app, String dir, int depth) {
    if (depth < 0 || !app.isDirectory(dir)) {
      return false;
    }
    for (String entry : app.list(dir)) {
      String path = dir + "/" + entry;
      if (entry.endsWith(".go") && app.isFile(path) || anyGoFile(app, path, depth - 1)) {
        return true;
      }
    }
    return false;
  }
}
