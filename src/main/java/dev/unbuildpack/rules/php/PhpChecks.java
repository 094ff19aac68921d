package dev.unbuildpack.rules.php;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.php.ComposerJson;
import dev.unbuildpack.detect.php.PhpFacts;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.RuleSet;
import java.util.Optional;

/** bin/compile's checks of the app before the platform install. */
final class PhpChecks {
  private static final String BUILDPACK_PACKAGE = "heroku/heroku-buildpack-php";

  private final RuleSet rules;

  PhpChecks(RuleSet rules) {
    this.rules = rules;
  }

  /** True when composer install runs (composer.json with content). */
  boolean apply(PhpFacts php, DetectionDraft draft) {
    if (php.herokuPhpDir()) {
      draft.finding(rules.rule("PHP-CHECK-HEROKU-DIR"), "The app holds .heroku/php, where the"
          + " buildpack installs PHP; the build fails. Remove it from the repository.",
          Location.of(".heroku/php"));
    }
    if (php.vendorDir()) {
      draft.finding(rules.rule("PHP-CHECK-VENDOR"), "vendor/ is committed: composer install"
          + " runs over it. Add vendor/ to .gitignore.", Location.of("vendor"));
    }
    Optional<ComposerJson> json = php.composerJson();
    if (json.isEmpty()) {
      draft.finding(rules.rule("PHP-INDEX-ONLY"), "No composer.json, only index.php: the"
          + " buildpack builds the app as one with no dependencies and the default PHP.",
          Location.of("index.php"));
      return false;
    }
    if (json.get().empty()) {
      draft.finding(rules.rule("PHP-CHECK-EMPTY-COMPOSER-JSON"), "composer.json is empty: the"
          + " buildpack warns and skips composer install.", Location.of(ComposerJson.FILE));
      return false;
    }
    json.get().required(BUILDPACK_PACKAGE).ifPresent(d ->
        draft.finding(rules.rule("PHP-CHECK-BUILDPACK-IN-REQUIRE"), BUILDPACK_PACKAGE
            + " is in require; the buildpack fails the build. Move it to require-dev.",
            d.at()));
    if (!json.get().require().isEmpty() && php.composerLock().isEmpty()) {
      draft.finding(rules.rule("PHP-CHECK-LOCK-MISSING"), "composer.json has requirements but"
          + " there is no composer.lock; the buildpack fails the build. Run 'composer update'"
          + " and commit composer.lock.", Location.of(ComposerJson.FILE));
    }
    return true;
  }
}
