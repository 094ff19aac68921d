package dev.unbuildpack.rules.php;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.php.PhpFacts;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.RuleSet;

/** What Heroku's documentation says Laravel and Symfony apps need beyond the build. */
final class FrameworkRules {
  private final RuleSet rules;

  FrameworkRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(PhpFacts php, DetectionDraft draft) {
    boolean laravel = php.artisan() && locks(php, "laravel/framework");
    boolean symfony = php.symfonyConsole() && locks(php, "symfony/framework-bundle");
    if (laravel) {
      draft.finding(rules.rule("PHP-LARAVEL"), "Laravel app (artisan, laravel/framework):"
          + " storage/ and bootstrap/cache/ are writable by the app's user in the image; set"
          + " APP_KEY and LOG_CHANNEL=stderr when running it.", Location.of("artisan"));
    }
    if (symfony) {
      draft.finding(rules.rule("PHP-SYMFONY"), "Symfony app (bin/console,"
          + " symfony/framework-bundle): composer install warms the cache in the build stage;"
          + " set APP_ENV=prod and APP_SECRET when running it.", Location.of("bin/console"));
    }
  }

  private static boolean locks(PhpFacts php, String name) {
    return php.composerLock().flatMap(l -> l.find(name)).isPresent();
  }
}
