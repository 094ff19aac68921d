package dev.unbuildpack.detect.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.StructuredFile;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The packages a lockfile installs, indirect ones included, with the version it pins and the line
 * that says so: what lets a native-library rule fire for a package the app only pulls in through
 * another (sharp under an image library, say). Every lockfile format the buildpack accepts:
 * package-lock.json / npm-shrinkwrap.json (v1 "dependencies" tree, v2/v3 "packages"), yarn.lock
 * (Yarn 1's own format, Yarn 2+'s YAML) and pnpm-lock.yaml (v5 to v9 keys).
 */
final class LockedPackages {
  private static final String LOCKFILE = "lockfile";

  private LockedPackages() {}

  /** Package name to its first locked version, over every committed lockfile, in file order. */
  static Map<String, Dependency> read(AppDir app, List<Lockfile> lockfiles) {
    Map<String, Dependency> packages = new LinkedHashMap<>();
    for (Lockfile lock : lockfiles) {
      app.read(lock.file()).ifPresent(text -> of(lock, text).forEach(packages::putIfAbsent));
    }
    return packages;
  }

  static Map<String, Dependency> of(Lockfile lock, String text) {
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

  /** npm lockfile v2/v3: "packages" keyed by install path; v1: the nested "dependencies". */
  static Map<String, Dependency> npm(StructuredFile lock) {
    Map<String, Dependency> packages = new LinkedHashMap<>();
    JsonNode paths = lock.at("/packages");
    if (paths.isObject()) {
      paths.fields().forEachRemaining(entry -> {
        String path = entry.getKey();
        int last = path.lastIndexOf("node_modules/");
        if (last >= 0 && entry.getValue().path("version").isTextual()) {
          // "" is the app itself; links have no version
          String name = path.substring(last + "node_modules/".length());
          add(packages, name, entry.getValue().path("version").asText(),
              lock.location("/packages/" + StructuredFile.segment(path)));
        }
      });
      return packages;
    }
    npmV1(lock, lock.at("/dependencies"), "/dependencies", packages);
    return packages;
  }

  private static void npmV1(StructuredFile lock, JsonNode dependencies, String pointer,
      Map<String, Dependency> packages) {
    dependencies.fields().forEachRemaining(entry -> {
      String at = pointer + "/" + StructuredFile.segment(entry.getKey());
      if (entry.getValue().path("version").isTextual()) {
        add(packages, entry.getKey(), entry.getValue().path("version").asText(),
            lock.location(at));
      }
      npmV1(lock, entry.getValue().path("dependencies"), at + "/dependencies", packages);
    });
  }

  /**
   * Yarn 1's format: an unindented line of descriptors ("sharp@^0.32.0", "@scope/x@^1") ending
   * in ':', then an indented {@code version "0.32.6"} line.
   */
  static Map<String, Dependency> yarnClassic(String file, String text) {
    Map<String, Dependency> packages = new LinkedHashMap<>();
    String name = null;
    int headerLine = 0;
    int number = 0;
    for (String line : text.split("\n", -1)) {
      number++;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!Character.isWhitespace(line.charAt(0)) && line.stripTrailing().endsWith(":")) {
        String first = line.split(",", 2)[0].strip();
        name = packageName(unquote(first.endsWith(":") ? first.substring(0, first.length() - 1)
            : first));
        headerLine = number;
      } else if (name != null && line.startsWith("  version ")) {
        add(packages, name, unquote(line.substring("  version ".length()).strip()),
            Location.of(file, headerLine));
        name = null;
      }
    }
    return packages;
  }

  /** Yarn 2+: YAML keyed by descriptors ("sharp@npm:^0.32.0, sharp@npm:^0.32.6"). */
  static Map<String, Dependency> yarnBerry(StructuredFile lock) {
    Map<String, Dependency> packages = new LinkedHashMap<>();
    lock.root().fields().forEachRemaining(entry -> {
      String first = entry.getKey().split(",", 2)[0].strip();
      if (entry.getKey().equals("__metadata") || first.contains("@workspace:")
          || !entry.getValue().path("version").isTextual()) {
        return; // the lockfile's own header, and the app's own workspaces
      }
      add(packages, packageName(first), entry.getValue().path("version").asText(),
          lock.location("/" + StructuredFile.segment(entry.getKey())));
    });
    return packages;
  }

  /**
   * pnpm: "packages" keyed "/name/1.2.3" (v5), "/name@1.2.3" (v6) or "name@1.2.3" (v9), with a
   * peer-dependency suffix ("(react@18.2.0)", or "_react@18.2.0" in v5).
   */
  static Map<String, Dependency> pnpm(StructuredFile lock) {
    Map<String, Dependency> packages = new LinkedHashMap<>();
    // v5 separates name and version with '/', and peers with '_' ("/a/1.0.0_b@2.0.0"); from v6
    // on it is '@' and "(b@2.0.0)", and a name may hold '_' (string_decoder).
    boolean v5 = lock.at("/lockfileVersion").asText().startsWith("5");
    Iterator<String> keys = lock.at("/packages").fieldNames();
    while (keys.hasNext()) {
      String key = keys.next();
      String id = key.startsWith("/") ? key.substring(1) : key;
      int split = v5 ? id.lastIndexOf('/') : id.indexOf('@', 1);
      if (split <= 0) {
        continue;
      }
      String version = id.substring(split + 1);
      version = version.split(v5 ? "_" : "\\(", 2)[0];
      add(packages, id.substring(0, split), version,
          lock.location("/packages/" + StructuredFile.segment(key)));
    }
    return packages;
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

  private static void add(Map<String, Dependency> packages, String name, String version,
      Location at) {
    packages.putIfAbsent(name, new Dependency(name, null, version, LOCKFILE, at));
  }
}
