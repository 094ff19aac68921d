package dev.unbuildpack.detect.php;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.EcosystemFacts;
import java.util.Optional;

/**
 * What the app declares for PHP, each fact with its file and line; no decisions.
 *
 * @param composerJson composer.json; empty for an app the buildpack detects by index.php alone
 * @param composerLock composer.lock, when present
 * @param authJson a committed auth.json's credentials, when the file exists
 * @param artisan true when the app has Laravel's artisan
 * @param symfonyConsole true when the app has Symfony's bin/console
 * @param vendorDir true when vendor/ is committed
 * @param herokuPhpDir true when .heroku/php is committed (the buildpack refuses it)
 * @param app the app these facts were read from, for rules that look for the files a Procfile
 *     names (the document root's .user.ini, the server's include file)
 */
public record PhpFacts(
    Optional<ComposerJson> composerJson,
    Optional<ComposerLock> composerLock,
    Optional<AuthJson> authJson,
    boolean artisan,
    boolean symfonyConsole,
    boolean vendorDir,
    boolean herokuPhpDir,
    AppDir app)
    implements EcosystemFacts {
  public static final String ID = "php";
  /**
   * The boot scripts the buildpack links into the Composer bin-dir (bin/compile), which Procfiles
   * often name by path.
   */
  private static final java.util.List<String> BOOT_SCRIPTS =
      java.util.List.of("vendor/bin/heroku-php-apache2", "vendor/bin/heroku-php-nginx");

  @Override
  public String ecosystem() {
    return ID;
  }

  @Override
  public boolean builds(String path) {
    return BOOT_SCRIPTS.contains(path);
  }
}
