package dev.unbuildpack.detect.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.StructuredFile;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.PatternSyntaxException;

/**
 * The app's workspace packages: the folders that package.json "workspaces" (npm, Yarn: an array,
 * or an object with "packages") or pnpm-workspace.yaml "packages" name, as globs, that hold a
 * package.json. The package manager links them and installs their dependencies, runs their
 * install scripts and resolves {@code workspace:} ranges against them, so every one of their
 * manifests is an input of the install.
 */
final class Workspaces {
  static final String PNPM_FILE = "pnpm-workspace.yaml";
  /** Folders never searched: installed packages, and hidden folders (npm's globs skip them). */
  private static final Set<String> SKIPPED = Set.of("node_modules");
  /** Bounds on the folders searched, so a huge or looping tree cannot stall detection. */
  private static final int MAX_DEPTH = 8;
  private static final int MAX_FOLDERS = 20_000;

  private Workspaces() {}

  /** The workspaces, sorted by folder; {@code lockedVersion} as for the root's dependencies. */
  static List<Workspace> find(AppDir app, PackageJson root, BinaryOperator<String> lockedVersion) {
    List<Declared> patterns = patterns(app, root);
    if (patterns.isEmpty()) {
      return List.of();
    }
    List<Workspace> found = new ArrayList<>();
    for (String folder : folders(app, patterns)) {
      String manifest = folder + "/" + PackageJson.FILE;
      PackageJson pkg = new PackageJson(manifest, app.read(manifest).orElseThrow());
      found.add(new Workspace(folder, pkg.strings("scripts"), pkg.dependencies(lockedVersion),
          pkg.scriptVariables()));
    }
    return found;
  }

  /** The declared globs, package.json's first, then pnpm-workspace.yaml's; "!" excludes. */
  static List<Declared> patterns(AppDir app, PackageJson root) {
    List<Declared> patterns = new ArrayList<>();
    JsonNode field = root.at("/workspaces");
    String pointer = field.isObject() ? "/workspaces/packages" : "/workspaces";
    strings(root.at(pointer), pointer, root::location, patterns);
    app.read(PNPM_FILE).ifPresent(text -> {
      StructuredFile yaml = StructuredFile.yaml(PNPM_FILE, text,
          "Fix the YAML at that position; pnpm reads the same file.");
      strings(yaml.at("/packages"), "/packages", yaml::location, patterns);
    });
    return patterns;
  }

  private static void strings(JsonNode array, String pointer,
      Function<String, Location> location, List<Declared> into) {
    if (!array.isArray()) {
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      if (array.get(i).isTextual()) {
        into.add(new Declared(array.get(i).asText(), location.apply(pointer + "/" + i)));
      }
    }
  }

  /** Folders that match an including glob and no excluding one and hold a package.json. */
  private static List<String> folders(AppDir app, List<Declared> patterns) {
    List<PathMatcher> include = new ArrayList<>();
    List<PathMatcher> exclude = new ArrayList<>();
    Set<String> starts = new LinkedHashSet<>();
    for (Declared declared : patterns) {
      String pattern = normal(declared.value());
      boolean negated = pattern.startsWith("!");
      String glob = normal(negated ? pattern.substring(1) : pattern);
      if (glob.isEmpty() || glob.startsWith("/") || glob.contains("..")) {
        continue; // outside the app, or the root itself: not a workspace package
      }
      (negated ? exclude : include).add(matcher(glob, declared));
      if (!negated) {
        starts.add(literalPrefix(glob));
      }
    }
    Set<String> found = new TreeSet<>();
    int[] visited = {0};
    for (String start : starts) {
      walk(app, start, folder -> {
        Path path = Path.of(folder);
        if (include.stream().anyMatch(m -> m.matches(path))
            && exclude.stream().noneMatch(m -> m.matches(path))
            && app.isFile(folder + "/" + PackageJson.FILE)) {
          found.add(folder);
        }
      }, visited);
    }
    return List.copyOf(found);
  }

  private static PathMatcher matcher(String glob, Declared declared) {
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + glob);
    } catch (PatternSyntaxException e) {
      throw new BadInputException("A workspace pattern is not a valid glob", declared.at(),
          e.getDescription() + " in \"" + glob + "\".",
          List.of("Write it as npm, Yarn and pnpm read it: folder names with * (one level) or **"
              + " (any depth), e.g. \"packages/*\"."));
    }
  }

  /** "./packages/*\/" is "packages/*": globs name folders relative to the root. */
  private static String normal(String pattern) {
    String p = pattern.strip();
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  /** The folders before the first segment with a glob character: where the search starts. */
  private static String literalPrefix(String glob) {
    List<String> literal = new ArrayList<>();
    for (String segment : glob.split("/")) {
      if (segment.matches(".*[*?\\[{].*")) {
        break;
      }
      literal.add(segment);
    }
    return String.join("/", literal);
  }

  /** Visits {@code start} (when it is a folder) and the folders under it, breadth first. */
  private static void walk(AppDir app, String start, Consumer<String> visit,
      int[] visited) {
    if (!start.isEmpty() && !app.isDirectory(start)) {
      return;
    }
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty() && visited[0] < MAX_FOLDERS) {
      String folder = queue.poll();
      visited[0]++;
      if (!folder.isEmpty()) {
        visit.accept(folder);
      }
      if (folder.split("/").length >= MAX_DEPTH) {
        continue;
      }
      for (String name : app.list(folder.isEmpty() ? "." : folder)) {
        String child = folder.isEmpty() ? name : folder + "/" + name;
        if (!name.startsWith(".") && !SKIPPED.contains(name) && app.isDirectory(child)) {
          queue.add(child);
        }
      }
    }
  }
}
