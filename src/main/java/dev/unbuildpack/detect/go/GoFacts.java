package dev.unbuildpack.detect.go;

import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.EcosystemFacts;
import java.util.List;
import java.util.Optional;

/**
 * What the app declares for Go, each fact with its file and line; no decisions.
 *
 * @param goMod go.mod as read, empty when the app has none (a legacy tool's files only)
 * @param legacyTool the removed dependency tool whose files the app has instead of go.mod (dep,
 *     godep, govendor, glide, gb) and the file that shows it; empty when it has go.mod
 * @param vendor true when the app has a vendor folder
 * @param goSumNonEmpty true when go.sum exists and is not empty (with vendor/, -mod=vendor)
 * @param goWork true when the app has go.work (the go command then builds in workspace mode)
 * @param sources the main packages and cgo files found in the sources
 * @param preCompile true when bin/go-pre-compile exists
 * @param postCompile true when bin/go-post-compile exists
 * @param binIsFile true when bin is a file, which fails the buildpack (GOBIN is bin/)
 * @param netrcPassword a password written in a committed .netrc, with its line
 */
public record GoFacts(
    Optional<GoMod> goMod,
    Optional<Declared> legacyTool,
    boolean vendor,
    boolean goSumNonEmpty,
    boolean goWork,
    GoSources sources,
    boolean preCompile,
    boolean postCompile,
    boolean binIsFile,
    Optional<Declared> netrcPassword)
    implements EcosystemFacts {
  public static final String ID = "go";

  @Override
  public String ecosystem() {
    return ID;
  }

  /**
   * go install writes each package's binary to bin/ (GOBIN): named after the import path's last
   * element, or the one before a major version suffix (/v2); a "..." pattern may install any.
   */
  @Override
  public boolean builds(String path) {
    if (goMod.isEmpty() || !path.startsWith("bin/") || path.indexOf('/', 4) >= 0) {
      return false;
    }
    String name = path.substring(4);
    String module = goMod.get().module().value();
    List<String> packages = new java.util.ArrayList<>(sources.mainPackages().stream()
        .map(dir -> dir.equals(".") ? module : module + "/" + dir).toList());
    goMod.get().herokuInstall().ifPresent(install -> install.packages().forEach(pkg ->
        packages.add(pkg.equals(".") ? module : pkg)));
    return packages.stream().anyMatch(pkg -> pkg.contains("...") || binaryNames(pkg)
        .contains(name));
  }

  private static List<String> binaryNames(String importPath) {
    String[] parts = importPath.split("/");
    String last = parts[parts.length - 1];
    return last.matches("v[0-9]+") && parts.length > 1
        ? List.of(last, parts[parts.length - 2]) : List.of(last);
  }
}
