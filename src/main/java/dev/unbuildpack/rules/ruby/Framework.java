package dev.unbuildpack.rules.ruby;

import dev.unbuildpack.detect.ruby.GemfileLock;
import java.util.Optional;

/**
 * What the locked gems make of the app, as the buildpack picks its language pack: Rails by the
 * railties gem's version, else Rack when the rack gem is locked, else plain Ruby.
 *
 * @param rails railties' version, when locked
 * @param rack true when the rack gem is locked
 */
record Framework(Optional<GemVersion> rails, boolean rack) {
  static Framework of(GemfileLock lock) {
    return new Framework(lock.version("railties").flatMap(GemVersion::parse), lock.has("rack"));
  }

  /** Rails at or after this version ("4.1"). */
  boolean railsAtLeast(String version) {
    return rails.map(v -> v.compareTo(GemVersion.parse(version).orElseThrow()) >= 0)
        .orElse(false);
  }

  String railsVersion() {
    return rails.map(GemVersion::toString).orElse("");
  }
}
