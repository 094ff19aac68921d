package dev.unbuildpack.rules.php;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.php.ComposerJson;
import dev.unbuildpack.detect.php.ComposerLock;
import dev.unbuildpack.detect.php.PhpFacts;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PHP version, as the buildpack's platform install resolves it (bin/util/platform.php): the
 * newest PHP it ships that satisfies the php requirement of composer.json (as composer.lock's
 * "platform" records it) and of every locked package; the default constraint when nothing asks.
 */
final class PhpRuntimeRules {
  private final RuleSet rules;
  private final PhpReleases releases;

  PhpRuntimeRules(RuleSet rules, PhpReleases releases) {
    this.rules = rules;
    this.releases = releases;
  }

  /** The runtime; its version is null when no shipped PHP satisfies the app (an error). */
  Runtime apply(PhpFacts facts, DetectionDraft draft) {
    List<Declared> requests = requests(facts);
    Optional<Declared> devOnly = facts.composerJson().flatMap(j -> Optional.ofNullable(
        j.requireDev().get("php"))).filter(d -> requests.isEmpty());
    if (devOnly.isPresent()) {
      draft.finding(rules.rule("PHP-RUNTIME-DEV-ONLY"), "composer.json requires php only in"
          + " require-dev (" + devOnly.get().value() + "); the buildpack fails the build. Move"
          + " the php requirement to require.", devOnly.get().at());
      return new Runtime("php", null, devOnly.get().value(), devOnly.get().at().toString(),
          "PHP-RUNTIME-DEV-ONLY");
    }
    String rule = requests.isEmpty() ? "PHP-RUNTIME-DEFAULT" : "PHP-RUNTIME-REQUIRE";
    List<Declared> asked = requests.isEmpty()
        ? List.of(new Declared(rules.rule(rule).value(), Location.of("default")))
        : requests;
    List<ComposerConstraint> constraints = new ArrayList<>();
    for (Declared request : asked) {
      Optional<ComposerConstraint> constraint = ComposerConstraint.parse(request.value());
      if (constraint.isEmpty()) {
        draft.finding(rules.rule("PHP-RUNTIME-INVALID"), "'" + request.value() + "' is no"
            + " Composer version constraint; Composer fails to read it.", request.at());
        return new Runtime("php", null, request.value(), request.at().toString(), rule);
      }
      constraints.add(constraint.get());
    }
    Optional<PhpReleases.Release> release = releases.newest(constraints);
    // The root's requirement is what the app asked for; the packages' narrow it.
    String requested = asked.get(0).value();
    String source = requests.isEmpty() ? "no php requirement: the buildpack's default"
        : String.join(", ", asked.stream().map(d -> d.at() + " \"" + d.value() + "\"")
            .toList());
    if (release.isEmpty()) {
      draft.finding(rules.rule("PHP-RUNTIME-UNSUPPORTED"), "No PHP the buildpack ships ("
          + releases.versions().get(releases.versions().size() - 1).version() + " to "
          + releases.versions().get(0).version() + ", list of " + releases.date()
          + ") satisfies " + source + "; the platform install fails.", asked.get(0).at());
      return new Runtime("php", null, requested, source, "PHP-RUNTIME-UNSUPPORTED");
    }
    if (requests.isEmpty()) {
      draft.finding(rules.rule(rule), "Nothing requires php: the buildpack installs the newest"
          + " PHP of its default '" + asked.get(0).value() + "', " + release.get().version()
          + ". Add \"php\" to composer.json's require to choose.",
          facts.composerJson().isPresent() ? Location.of(ComposerJson.FILE) : null);
    }
    String line = release.get().version().replaceAll("^(\\d+\\.\\d+).*", "$1");
    if (rules.rule("PHP-RUNTIME-EOL").values().contains(line)) {
      draft.finding(rules.rule("PHP-RUNTIME-EOL"), "PHP " + line + " (" + release.get().version()
          + ", from " + source + ") is past its upstream end of life; Heroku still installs it."
          + " Require a supported PHP in composer.json.", asked.get(0).at());
    }
    facts.composerJson().flatMap(ComposerJson::platformPhp).ifPresent(platform ->
        draft.finding(rules.rule("PHP-RUNTIME-PLATFORM-CONFIG"), "config.platform.php is "
            + platform.value() + ": Composer resolved the lock as if PHP were that version; the"
            + " buildpack ignores it and installs " + release.get().version() + ".",
            platform.at()));
    return new Runtime("php", release.get().version(), requests.isEmpty() ? null : requested,
        source, rule);
  }

  /**
   * The php requirements the platform install resolves together: the lock's "platform" (the
   * root's, as locked) and each locked package's; without a lock, composer.json's require.
   */
  private static List<Declared> requests(PhpFacts facts) {
    List<Declared> found = new ArrayList<>();
    Optional<ComposerLock> lock = facts.composerLock();
    if (lock.isPresent()) {
      // The lock's "platform" holds composer.json's requirement as locked; composer.json is
      // cited for it, since that is the line to change.
      facts.composerJson().flatMap(j -> j.required("php"))
          .or(() -> Optional.ofNullable(lock.get().platform().get("php")))
          .ifPresent(found::add);
      lock.get().packages().forEach(p -> Optional.ofNullable(p.platform().get("php"))
          .ifPresent(d -> found.add(new Declared(d.value(), d.at()))));
    } else {
      facts.composerJson().flatMap(j -> j.required("php")).ifPresent(found::add);
    }
    return found;
  }
}
