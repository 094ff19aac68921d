package dev.unbuildpack.detect.go;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module's Go packages as the buildpack's 'go list -find -tags heroku ./...' lists them, read
 * as text: every folder the pattern ./... walks (not vendor, testdata, nor names starting with
 * "." or "_", nor a nested module's folder), whose non-test .go files declare "package main".
 * A file whose //go:build line names the tag "ignore" is left out, as it is from every build.
 * Other build constraints are not evaluated: a package main only some GOOS builds counts.
 *
 * @param mainPackages folders of main packages relative to the app ("." for the root), sorted
 * @param cgoFiles files that import "C" (they need cgo, and a C compiler), first few only
 */
public record GoSources(List<String> mainPackages, List<Location> cgoFiles) {
  /** ./... walks the whole module; these bound the walk of a very large app. */
  private static final int MAX_DEPTH = 12;
  private static final int MAX_FOLDERS = 5000;
  private static final int MAX_CGO_SHOWN = 3;
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package[ \\t]+([A-Za-z_][A-Za-z0-9_]*)");
  private static final Pattern BUILD = Pattern.compile("(?m)^//go:build[ \\t]+(.*)$");
  private static final Pattern IGNORE_TAG = Pattern.compile("(^|[^A-Za-z0-9_.!])ignore($|[^A-Za-z0-9_.])");
  private static final Pattern DECLARATION = Pattern.compile("(?m)^(func|type|var|const)[ \\t(]");
  private static final Pattern IMPORT_C = Pattern.compile("(?m)^import[ \\t]+\"C\"|^[ \\t]*\"C\"[ \\t]*$");

  public GoSources {
    mainPackages = List.copyOf(mainPackages);
    cgoFiles = List.copyOf(cgoFiles);
  }

  static GoSources read(AppDir app) {
    List<String> mains = new ArrayList<>();
    List<Location> cgo = new ArrayList<>();
    List<String> level = List.of(".");
    int folders = 0;
    for (int depth = 0; depth <= MAX_DEPTH && !level.isEmpty() && folders < MAX_FOLDERS; depth++) {
      List<String> next = new ArrayList<>();
      for (String dir : level) {
        folders++;
        boolean main = false;
        for (String entry : app.list(dir)) {
          String path = dir.equals(".") ? entry : dir + "/" + entry;
          if (entry.endsWith(".go") && !entry.endsWith("_test.go") && app.isFile(path)) {
            Optional<String> text = app.read(path);
            main |= text.map(GoSources::isMain).orElse(false);
            if (text.map(t -> IMPORT_C.matcher(header(t)).find()).orElse(false)) {
              cgo.add(Location.of(path));
            }
          } else if (walked(entry) && app.isDirectory(path) && !app.isFile(path + "/go.mod")) {
            next.add(path);
          }
        }
        if (main) {
          mains.add(dir);
        }
      }
      level = next;
    }
    return new GoSources(mains.stream().sorted().toList(),
        cgo.stream().limit(MAX_CGO_SHOWN).toList());
  }

  private static boolean walked(String entry) {
    return !entry.startsWith(".") && !entry.startsWith("_") && !entry.equals("testdata")
        && !entry.equals("vendor");
  }

  private static boolean isMain(String text) {
    String header = header(text);
    Matcher build = BUILD.matcher(header);
    if (build.find() && IGNORE_TAG.matcher(build.group(1)).find()
        && !build.group(1).contains("||")) {
      return false;
    }
    Matcher pkg = PACKAGE.matcher(header);
    return pkg.find() && pkg.group(1).equals("main");
  }

  /** The file up to its first declaration after the imports: constraints, package and imports. */
  private static String header(String text) {
    Matcher decl = DECLARATION.matcher(text);
    return decl.find() ? text.substring(0, decl.start()) : text;
  }
}
