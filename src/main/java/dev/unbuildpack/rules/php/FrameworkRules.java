package dev.unbuildpack.rules.php;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.php.PhpFacts;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
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
      Rule rule = rules.rule("PHP-SYMFONY");
      rule.env().forEach((name, value) -> {
        draft.buildEnv(name, new EnvVar(value, rule.id()));
        draft.runEnv(name, new EnvVar(value, rule.id()));
      });
      draft.finding(rule, "Symfony app (bin/console, symfony/framework-bundle): APP_ENV=prod in"
          + " both stages, so composer install warms the prod cache in the build stage; set"
          + " APP_SECRET when running it" + (php.app().isFile(".env") ? ", and note that"
          + " .dockerignore keeps .env out of the image." : "."), Location.of("bin/console"));
    }
  }

  private static boolean locks(PhpFacts php, String name) {
    return php.composerLock().flatMap(l -> l.find(name)).isPresent();
  }
}
