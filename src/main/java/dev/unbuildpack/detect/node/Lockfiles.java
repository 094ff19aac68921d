package dev.unbuildpack.detect.node;

import dev.unbuildpack.app.AppDir;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Finds the lockfiles and tells Yarn 1's from Yarn 2+'s; {@link LockedPackages} reads them. */
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
      Lockfile.Kind actual = kind == Lockfile.Kind.YARN_CLASSIC
          ? app.read(kind.file()).map(Lockfiles::yarnKind).orElse(kind) : kind;
      found.add(new Lockfile(kind.file(), actual));
    }
    return found;
  }

  /** Which Yarn wrote a yarn.lock with this text. */
  static Lockfile.Kind yarnKind(String text) {
    return BERRY_METADATA.matcher(text).find()
        ? Lockfile.Kind.YARN_BERRY : Lockfile.Kind.YARN_CLASSIC;
  }
}
