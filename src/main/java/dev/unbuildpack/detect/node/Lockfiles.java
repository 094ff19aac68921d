package dev.unbuildpack.detect.node;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.StructuredFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds the lockfiles and reads the versions an npm lockfile pins. */
final class Lockfiles {
  // Yarn 2+ writes a YAML lockfile with a "__metadata:" block; the classic buildpack keys on it
  // (lib/package_managers/yarn.sh detect_berry).
  private static final Pattern BERRY_METADATA = Pattern.compile("(?m)^__metadata:");

  private Lockfiles() {}

  static List<Lockfile> find(AppDir app) {
    List<Lockfile> found = new ArrayList<>();
    for (Lockfile.Kind kind : Lockfile.Kind.values()) {
      if (kind == Lockfile.Kind.YARN_BERRY || !app.isFile(kind.file())) {
        continue;
      }
      Lockfile.Kind actual = kind;
      if (kind == Lockfile.Kind.YARN_CLASSIC) {
        boolean berry = app.read(kind.file()).map(t -> BERRY_METADATA.matcher(t).find())
            .orElse(false);
        actual = berry ? Lockfile.Kind.YARN_BERRY : kind;
      }
      found.add(new Lockfile(kind.file(), actual));
    }
    return found;
  }

  /** The npm lockfile (v2/v3 "packages"), parsed; empty when the app has none. */
  static Optional<StructuredFile> npmLock(AppDir app, List<Lockfile> lockfiles) {
    return lockfiles.stream()
        .filter(l -> l.kind() == Lockfile.Kind.NPM || l.kind() == Lockfile.Kind.NPM_SHRINKWRAP)
        .findFirst()
        .flatMap(l -> app.read(l.file()).map(text -> StructuredFile.json(l.file(), text,
            "Regenerate it with 'npm install --package-lock-only' and commit it.")));
  }

  /** Package name to version for every package an npm lockfile installs, in file order. */
  static Map<String, Dependency> lockedPackages(StructuredFile lock) {
    Map<String, Dependency> packages = new LinkedHashMap<>();
    lock.at("/packages").fields().forEachRemaining(entry -> {
      String path = entry.getKey();
      int last = path.lastIndexOf("node_modules/");
      if (last < 0 || !entry.getValue().path("version").isTextual()) {
        return; // "" is the app itself; links have no version
      }
      String name = path.substring(last + "node_modules/".length());
      packages.putIfAbsent(name, new Dependency(name, null,
          entry.getValue().path("version").asText(), "lockfile",
          lock.location("/packages/" + StructuredFile.segment(path))));
    });
    return packages;
  }
}
