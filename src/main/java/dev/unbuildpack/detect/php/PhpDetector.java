package dev.unbuildpack.detect.php;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.Detector;
import java.util.List;

/**
 * PHP: the classic buildpack's bin/detect passes with composer.json or index.php in the root
 * (heroku/heroku-buildpack-php bin/detect, ff95c90e, 2026-07-21); an index.php-only app is
 * built as one with an empty composer.json.
 */
public final class PhpDetector implements Detector {
  @Override
  public String id() {
    return PhpFacts.ID;
  }

  @Override
  public int priority() {
    return 800;
  }

  @Override
  public List<String> markers() {
    return List.of(ComposerJson.FILE, "index.php");
  }

  @Override
  public boolean detects(AppDir app) {
    return app.isFile(ComposerJson.FILE) || app.isFile("index.php");
  }

  @Override
  public PhpFacts facts(AppDir app) {
    return new PhpFacts(
        app.read(ComposerJson.FILE).map(ComposerJson::parse),
        app.read(ComposerLock.FILE).map(ComposerLock::parse),
        app.read(AuthJson.FILE).map(AuthJson::parse),
        app.isFile("artisan"),
        app.isFile("bin/console"),
        app.isDirectory("vendor"),
        app.isDirectory(".heroku/php") || app.isFile(".heroku/php"),
        app);
  }
}
