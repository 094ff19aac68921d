package dev.unbuildpack.detect.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.StructuredFile;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the committed lockfiles pin, in every format the buildpack accepts: package-lock.json /
 * npm-shrinkwrap.json (v1 "dependencies" tree, v2/v3 "packages"), yarn.lock (Yarn 1's own format,
 * Yarn 2+'s YAML) and pnpm-lock.yaml (v5 to v9). Every package at every version it is installed
 * at, indirect ones included, with the line that says so: a native-library rule must fire for
 * sharp 0.32 pulled in by another package even when the app itself asks for sharp 0.33.
 *
 * @param packages each name and version once, in file order; the name is the package's own, not
 *     an alias it is installed under
 * @param direct the version each of the app's own dependencies resolves to, by name as
 *     package.json declares it ("sharp") and, for Yarn, by descriptor ("sharp@^0.32.0")
 */
record LockedPackages(List<Dependency> packages, Map<String, String> direct, Graph graph) {
  private static final String LOCKFILE = "lockfile";
  /**
   * The scope of a locked copy the lockfile marks as needed by devDependencies only (npm's and
   * pnpm's "dev": true): the prune removes it, so it needs nothing at run time.
   */
  static final String LOCKFILE_DEV = "lockfile-dev";

  LockedPackages {
    packages = List.copyOf(packages);
    direct = Map.copyOf(direct);
  }

  /**
   * What a lockfile without dev flags (Yarn 1, Yarn 2+, pnpm 9) says about which package needs
   * which: each copy ("name@version") to the descriptors or copies it depends on, and each
   * descriptor ("name@^1.2.0", "name@npm:^1.2.0") to the copy it resolves to.
   */
  record Graph(Map<String, List<String>> needs, Map<String, String> resolves) {
    static final Graph NONE = new Graph(Map.of(), Map.of());

    boolean isEmpty() {
      return needs.isEmpty() && resolves.isEmpty();
    }

    String key(String descriptorOrKey) {
      return resolves.getOrDefault(descriptorOrKey, descriptorOrKey);
    }
  }

  /**
   * Marks the copies no production dependency reaches as dev-only, for formats that hold the
   * graph but no dev flag; unchanged for the others (npm and pnpm before 9 mark them
   * themselves) and when {@code roots} may be incomplete (a pnpm workspace, whose copies are
   * keyed under importers this reader does not follow).
   *
   * @param roots the descriptors the production dependencies start from
   */
  LockedPackages prunedFrom(List<String> roots, boolean complete) {
    if (graph.isEmpty() || !complete) {
      return this;
    }
    Set<String> reached = new HashSet<>();
    ArrayDeque<String> queue = new ArrayDeque<>();
    roots.forEach(root -> queue.add(graph.key(root)));
    while (!queue.isEmpty()) {
      String key = queue.poll();
      if (reached.add(key)) {
        graph.needs().getOrDefault(key, List.of()).forEach(d -> queue.add(graph.key(d)));
      }
    }
    List<Dependency> marked = packages.stream().map(p -> reached.contains(p.name() + "@"
        + p.version()) ? p : new Dependency(p.name(), p.range(), p.version(), LOCKFILE_DEV,
            p.at())).toList();
    return new LockedPackages(marked, direct, graph);
  }

  /** Every committed lockfile, merged: a package and version listed twice keeps its first place. */
  static LockedPackages read(AppDir app, List<Lockfile> lockfiles) {
    Builder all = new Builder();
    for (Lockfile lock : lockfiles) {
      app.read(lock.file()).ifPresent(text -> all.addAll(of(lock, text)));
    }
    return all.build();
  }

  static LockedPackages of(Lockfile lock, String text) {
    String file = lock.file();
    return switch (lock.kind()) {
      case NPM, NPM_SHRINKWRAP -> npm(StructuredFile.json(file, text,
          "Regenerate it with 'npm install --package-lock-only' and commit it."));
      case YARN_CLASSIC -> yarnClassic(file, text);
      case YARN_BERRY -> yarnBerry(StructuredFile.yaml(file, text,
          "Regenerate it with 'yarn install --mode=update-lockfile' and commit it."));
      case PNPM -> pnpm(StructuredFile.yaml(file, text,
          "Regenerate it with 'pnpm install --lockfile-only' and commit it."));
    };
  }

  /**
   * The version the app's own dependency resolves to: by descriptor, else by name, else the one
   * version the lockfiles hold of it; null when they do not say.
   */
  String version(String name, String range) {
    String version = direct.get(name + "@" + range);
    if (version == null) {
      version = direct.get(name);
    }
    if (version == null) {
      List<String> versions = packages.stream().filter(p -> p.name().equals(name))
          .map(Dependency::version).distinct().toList();
      version = versions.size() == 1 ? versions.get(0) : null;
    }
    return version;
  }

  /** npm lockfile v2/v3: "packages" keyed by install path; v1: the nested "dependencies". */
  static LockedPackages npm(StructuredFile lock) {
    Builder found = new Builder();
    JsonNode paths = lock.at("/packages");
    if (paths.isObject()) {
      paths.fields().forEachRemaining(entry -> {
        String path = entry.getKey();
        int last = path.lastIndexOf("node_modules/");
        JsonNode value = entry.getValue();
        if (last >= 0 && value.path("version").isTextual()) {
          // "" is the app itself; links have no version. An alias keeps the real name in "name".
          String installed = path.substring(last + "node_modules/".length());
          String name = value.path("name").isTextual() ? value.get("name").asText() : installed;
          String version = value.get("version").asText();
          found.add(name, version, lock.location("/packages/" + StructuredFile.segment(path)),
              value.path("dev").asBoolean(false));
          if (last == 0) {
            found.direct(installed, version);
          }
        }
      });
    } else {
      npmV1(lock, lock.at("/dependencies"), "/dependencies", true, found);
    }
    return found.build();
  }

  /** v1 writes an alias's version as "npm:real-name@1.2.3". */
  private static void npmV1(StructuredFile lock, JsonNode dependencies, String pointer,
      boolean topLevel, Builder found) {
    dependencies.fields().forEachRemaining(entry -> {
      String at = pointer + "/" + StructuredFile.segment(entry.getKey());
      if (entry.getValue().path("version").isTextual()) {
        String name = entry.getKey();
        String version = entry.getValue().get("version").asText();
        if (version.startsWith("npm:")) {
          String target = version.substring("npm:".length());
          int split = target.lastIndexOf('@');
          name = split > 0 ? target.substring(0, split) : target;
          version = split > 0 ? target.substring(split + 1) : version;
        }
        found.add(name, version, lock.location(at), entry.getValue().path("dev").asBoolean(false));
        if (topLevel) {
          found.direct(entry.getKey(), version);
        }
      }
      npmV1(lock, entry.getValue().path("dependencies"), at + "/dependencies", false, found);
    });
  }

  /**
   * Yarn 1's format: an unindented line of descriptors ("sharp@^0.32.0", "@scope/x@^1") ending
   * in ':', then an indented {@code version "0.32.6"} line.
   */
  static LockedPackages yarnClassic(String file, String text) {
    Builder found = new Builder();
    List<String> descriptors = List.of();
    int headerLine = 0;
    int number = 0;
    String current = null;
    boolean inDependencies = false;
    for (String line : text.split("\r?\n", -1)) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (current != null && line.startsWith("  ") && !line.startsWith("   ")) {
        String field = line.strip();
        inDependencies = field.equals("dependencies:") || field.equals("optionalDependencies:");
      } else if (current != null && inDependencies && line.startsWith("    ")) {
        // '    name "^1.2.0"' or '    "@scope/name" "^1"': the descriptor name@^1.2.0.
        String[] parts = line.strip().split("\\s+", 2);
        if (parts.length == 2) {
          found.needs(current, unquote(parts[0]) + "@" + unquote(parts[1]));
        }
      }
      if (!Character.isWhitespace(line.charAt(0))) {
        current = null;
        inDependencies = false;
      }
      if (!Character.isWhitespace(line.charAt(0)) && line.stripTrailing().endsWith(":")) {
        String header = line.stripTrailing();
        descriptors = new ArrayList<>();
        for (String descriptor : header.substring(0, header.length() - 1).split(",")) {
          descriptors.add(unquote(descriptor.strip()));
        }
        headerLine = number;
      } else if (!descriptors.isEmpty() && line.startsWith("  version ")) {
        String version = unquote(line.substring("  version ".length()).strip());
        String name = packageName(descriptors.get(0));
        found.add(name, version, Location.of(file, headerLine));
        current = name + "@" + version;
        for (String d : descriptors) {
          found.direct(d, version);
          found.resolves(d, current);
        }
        descriptors = List.of();
      }
    }
    return found.build();
  }

  /** Yarn 2+: YAML keyed by descriptors ("sharp@npm:^0.32.0, sharp@npm:^0.32.6"). */
  static LockedPackages yarnBerry(StructuredFile lock) {
    Builder found = new Builder();
    lock.root().fields().forEachRemaining(entry -> {
      String key = entry.getKey();
      if (key.equals("__metadata") || key.contains("@workspace:")
          || !entry.getValue().path("version").isTextual()) {
        return; // the lockfile's own header, and the app's own workspaces
      }
      String version = entry.getValue().get("version").asText();
      List<String> descriptors = new ArrayList<>();
      for (String descriptor : key.split(",")) {
        if (!descriptor.isBlank()) {
          descriptors.add(descriptor.strip());
        }
      }
      if (descriptors.isEmpty()) {
        return; // a key of commas names no package
      }
      String name = packageName(descriptors.get(0));
      found.add(name, version, lock.location("/" + StructuredFile.segment(key)));
      String copy = name + "@" + version;
      for (String field : List.of("dependencies", "optionalDependencies")) {
        entry.getValue().path(field).fields().forEachRemaining(dep -> found.needs(copy,
            dep.getKey() + "@" + dep.getValue().asText()));
      }
      for (String descriptor : descriptors) {
        found.resolves(descriptor, copy);
        found.direct(descriptor, version);
        // package.json says "sharp": "^0.32.0" where the lockfile says sharp@npm:^0.32.0.
        int npm = descriptor.indexOf("@npm:", 1);
        if (npm > 0) {
          String plain = descriptor.substring(0, npm) + "@"
              + descriptor.substring(npm + "@npm:".length());
          found.direct(plain, version);
          found.resolves(plain, copy);
        }
      }
    });
    return found.build();
  }

  /**
   * pnpm: "packages" keyed "/name/1.2.3" (v5), "/name@1.2.3" (v6) or "name@1.2.3" (v9), with a
   * peer-dependency suffix ("(react@18.2.0)", or "_react@18.2.0" in v5); the app's own
   * dependencies under importers["."] (or at the top level of a single-project v5/v6 file).
   */
  static LockedPackages pnpm(StructuredFile lock) {
    Builder found = new Builder();
    // v5 separates name and version with '/', and peers with '_'; from v6 on it is '@' and
    // "(peer@1.0.0)", and a name may hold '_' (string_decoder).
    boolean v5 = lock.at("/lockfileVersion").asText().startsWith("5");
    Iterator<String> keys = lock.at("/packages").fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      String id = key.startsWith("/") ? key.substring(1) : key;
      int split = v5 ? id.lastIndexOf('/') : id.indexOf('@', 1);
      if (split > 0) {
        // v5 to v8 mark packages only devDependencies need ("dev: true"); v9 no longer does.
        found.add(id.substring(0, split), pnpmVersion(id.substring(split + 1), v5),
            lock.location("/packages/" + StructuredFile.segment(key)),
            lock.at("/packages/" + StructuredFile.segment(key) + "/dev").asBoolean(false));
      }
    }
    // v9 moved the graph to "snapshots" and dropped the dev flags.
    lock.at("/snapshots").fields().forEachRemaining(entry -> {
      String id = entry.getKey().startsWith("/") ? entry.getKey().substring(1) : entry.getKey();
      int split = id.indexOf('@', 1);
      if (split > 0) {
        String copy = id.substring(0, split) + "@" + pnpmVersion(id.substring(split + 1), false);
        for (String field : List.of("dependencies", "optionalDependencies")) {
          entry.getValue().path(field).fields().forEachRemaining(dep -> found.needs(copy,
              dep.getKey() + "@" + pnpmVersion(dep.getValue().asText(), false)));
        }
      }
    });
    JsonNode importer = lock.at("/importers/.");
    JsonNode own = importer.isObject() ? importer : lock.root();
    for (String scope : List.of("dependencies", "devDependencies", "optionalDependencies")) {
      own.path(scope).fields().forEachRemaining(entry -> {
        JsonNode value = entry.getValue();
        String version = value.isTextual() ? value.asText() : value.path("version").asText();
        if (!version.isEmpty() && !version.startsWith("link:")) {
          found.direct(entry.getKey(), pnpmVersion(version, v5));
        }
      });
    }
    return found.build();
  }

  private static String pnpmVersion(String version, boolean v5) {
    return version.split(v5 ? "_" : "\\(", 2)[0];
  }

  /**
   * The npm package a descriptor installs: "sharp@^1" and "sharp@npm:^1" are sharp,
   * "@img/sharp@npm:^1" is @img/sharp, and an alias "old@npm:new@^1" installs new.
   */
  static String packageName(String descriptor) {
    int alias = descriptor.indexOf("@npm:");
    if (alias > 0 && descriptor.indexOf('@', alias + "@npm:".length() + 1) > 0) {
      String target = descriptor.substring(alias + "@npm:".length());
      return target.substring(0, target.indexOf('@', 1));
    }
    int at = descriptor.indexOf('@', 1);
    return at < 0 ? descriptor : descriptor.substring(0, at);
  }

  private static String unquote(String text) {
    return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
        ? text.substring(1, text.length() - 1) : text;
  }

  /** Collects packages (each name and version once) and direct versions (first one wins). */
  private static final class Builder {
    private final Map<String, Dependency> packages = new LinkedHashMap<>();
    private final Map<String, String> direct = new LinkedHashMap<>();
    private final Map<String, List<String>> needs = new LinkedHashMap<>();
    private final Map<String, String> resolves = new LinkedHashMap<>();

    void needs(String copy, String descriptor) {
      needs.computeIfAbsent(copy, k -> new ArrayList<>()).add(descriptor);
    }

    void resolves(String descriptor, String copy) {
      resolves.putIfAbsent(descriptor, copy);
    }

    void add(String name, String version, Location at) {
      add(name, version, at, false);
    }

    /** A copy needed at run time anywhere in the tree outranks a dev-only one. */
    void add(String name, String version, Location at, boolean devOnly) {
      Dependency dep = new Dependency(name, null, version, devOnly ? LOCKFILE_DEV : LOCKFILE, at);
      packages.merge(name + "@" + version, dep, (old, added) ->
          LOCKFILE_DEV.equals(old.scope()) && !devOnly ? added : old);
    }

    void direct(String nameOrDescriptor, String version) {
      direct.putIfAbsent(nameOrDescriptor, version);
    }

    void addAll(LockedPackages other) {
      other.packages().forEach(p -> add(p.name(), p.version(), p.at(),
          LOCKFILE_DEV.equals(p.scope())));
      other.direct().forEach(direct::putIfAbsent);
      other.graph().needs().forEach((copy, list) -> list.forEach(d -> needs(copy, d)));
      other.graph().resolves().forEach(this::resolves);
    }

    LockedPackages build() {
      return new LockedPackages(new ArrayList<>(packages.values()), direct,
          new Graph(needs, resolves));
    }
  }
}
