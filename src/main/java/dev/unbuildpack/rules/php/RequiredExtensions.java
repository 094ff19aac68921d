package dev.unbuildpack.rules.php;

import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.php.ComposerJson;
import dev.unbuildpack.detect.php.ComposerLock;
import dev.unbuildpack.detect.php.LockedPackage;
import dev.unbuildpack.detect.php.PhpFacts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The extensions the buildpack's platform install enables: every {@code ext-*} of composer.json's
 * "require", of composer.lock's "platform" and of each locked package's "require"
 * (bin/util/platform.php), by name without the prefix, each with the first place that asks.
 * "require-dev" does not count: the build installs with --no-dev.
 */
record RequiredExtensions(Map<String, Declared> byName, Map<String, LockedPackage> packages) {
  /** @param implied extensions the app needs without requiring them (an add-on's), by name */
  static RequiredExtensions of(PhpFacts facts, Map<String, Declared> implied) {
    Map<String, Declared> names = new LinkedHashMap<>();
    facts.composerJson().map(ComposerJson::require).ifPresent(r -> add(r, "", names));
    Optional<ComposerLock> lock = facts.composerLock();
    lock.ifPresent(l -> add(l.platform(), "", names));
    Map<String, LockedPackage> packages = new LinkedHashMap<>();
    lock.ifPresent(l -> l.packages().forEach(p -> {
      packages.put(p.name(), p);
      add(p.platform(), " (by " + p.name() + ")", names);
    }));
    implied.forEach(names::putIfAbsent);
    return new RequiredExtensions(names, packages);
  }

  private static void add(Map<String, Declared> requirements, String by,
      Map<String, Declared> into) {
    requirements.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      if (e.getKey().startsWith("ext-")) {
        into.putIfAbsent(e.getKey().substring(4),
            new Declared("ext-" + e.getKey().substring(4) + by, e.getValue().at()));
      }
    });
  }
}
