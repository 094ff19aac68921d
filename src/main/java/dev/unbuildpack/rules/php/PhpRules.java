package dev.unbuildpack.rules.php;

import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.php.ComposerJson;
import dev.unbuildpack.detect.php.ComposerLock;
import dev.unbuildpack.detect.php.PhpFacts;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.InstallOrder;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.EcosystemRules;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;

/** Applies the PHP rules to what the PHP detector found. */
public final class PhpRules implements EcosystemRules {
  private final RuleSet rules;
  private final PhpReleases releases;

  public PhpRules(RuleSet rules) {
    this(rules, PhpReleases.builtIn());
  }

  PhpRules(RuleSet rules, PhpReleases releases) {
    this.rules = rules;
    this.releases = releases;
  }

  @Override
  public String ecosystem() {
    return PhpFacts.ID;
  }

  @Override
  public void apply(EcosystemFacts facts, HerokuFiles heroku, ConfigVars config,
      DetectionDraft draft) {
    apply((PhpFacts) facts, heroku, config, draft);
  }

  public void apply(PhpFacts php, HerokuFiles heroku, ConfigVars config, DetectionDraft draft) {
    boolean install = new PhpChecks(rules).apply(php, draft);
    Runtime runtime = new PhpRuntimeRules(rules, releases).apply(php, draft);
    String composer = composerVersion(php);
    draft.ecosystem(new Ecosystem(PhpFacts.ID, runtime,
        new PackageManager("composer", composer,
            php.composerLock().isPresent() ? ComposerLock.FILE : null),
        install ? manifests(php) : List.of(), install ? installOrder() : null));
    if (runtime.version() == null) {
      return;
    }
    PhpBuildSteps steps = new PhpBuildSteps(rules);
    steps.env(draft);
    steps.ini(runtime.version(), draft);
    ExtensionRules extensions = new ExtensionRules(rules);
    List<String> notInstalled = extensions.apply(
        RequiredExtensions.of(php, extensions.impliedByAddons(heroku, draft)), draft);
    steps.composer(composer, composerWhy(php), draft);
    PhpSecretRules secretRules = new PhpSecretRules(rules);
    List<String> secrets = secretRules.apply(php, config, draft);
    if (install) {
      steps.install(php, secrets, secretRules.commandPrefix(secrets), notInstalled, draft);
    }
    new WebServerRules(rules).apply(php, heroku, draft);
    steps.bootScripts(draft);
    new FrameworkRules(rules).apply(php, draft);
  }

  /**
   * The Composer the buildpack installs for the app: the 2.2 LTS line when the lock's
   * plugin-api-version is 2.0 to 2.2, else the newest Composer 2; with no lock, the newest.
   */
  private String composerVersion(PhpFacts php) {
    String api = php.composerLock().flatMap(ComposerLock::pluginApiVersion)
        .map(d -> d.value()).orElse("2.6.0");
    boolean lts = api.matches("2\\.[0-2](\\..*)?");
    return releases.composerLine(lts ? "2.2" : "2").latest();
  }

  private static String composerWhy(PhpFacts php) {
    return php.composerLock().flatMap(ComposerLock::pluginApiVersion)
        .map(d -> "composer.lock's plugin-api-version " + d.value() + " (" + d.at() + ")"
            + (d.value().matches("2\\.[0-2](\\..*)?") ? " selects the 2.2 LTS line"
                : " selects the newest Composer 2"))
        .orElse("no plugin-api-version in a composer.lock: the newest Composer");
  }

  private static List<String> manifests(PhpFacts php) {
    List<String> files = new ArrayList<>(List.of(ComposerJson.FILE));
    php.composerLock().ifPresent(l -> files.add(ComposerLock.FILE));
    return files;
  }

  private InstallOrder installOrder() {
    return new InstallOrder(true, "composer install writes an optimized autoloader, which scans"
        + " the app's autoload folders, and runs the app's Composer scripts"
        + " (post-install-cmd, post-autoload-dump, such as Laravel's artisan package:discover);"
        + " both need the whole app.", "PHP-INSTALL-COMPOSER");
  }
}
