package dev.unbuildpack.rules.php;

import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.php.ComposerJson;
import dev.unbuildpack.detect.php.ComposerLock;
import dev.unbuildpack.detect.php.PhpFacts;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * The buildpack's build, in bin/compile's order: PHP's configuration and Composer (the platform
 * install), composer install, the "compile" script, then the web server boot scripts in the
 * Composer bin-dir.
 */
final class PhpBuildSteps {
  /** Steps that set up PHP itself; the runtime stage repeats them. */
  static final String TOOLING = "tooling";
  /** Where the official image's PHP reads its configuration (PHP_INI_DIR). */
  private static final String CACHE = "/root/.cache/composer";

  private final RuleSet rules;

  PhpBuildSteps(RuleSet rules) {
    this.rules = rules;
  }

  /**
   * PHP's configuration as Heroku ships it, the rule whose "versions" admit this PHP: before the
   * extensions and Composer.
   */
  void ini(String phpVersion, DetectionDraft draft) {
    Rule ini = Stream.of("PHP-INI-HEROKU", "PHP-INI-HEROKU-LEGACY").map(rules::rule)
        .filter(rule -> ComposerConstraint.ruleAdmits(rule.versions(), phpVersion))
        .findFirst().orElseThrow();
    draft.step(new BuildStep(TOOLING, ini.command("run"), ini.id(), List.of(), List.of()));
  }

  /**
   * Composer at the version the buildpack picks: the plan copies it from the official composer
   * image (images.toml "tools"); the detection records the choice.
   */
  void composer(String version, String why, DetectionDraft draft) {
    draft.finding(rules.rule("PHP-COMPOSER-VERSION"), "Composer " + version + ": " + why + ".",
        null);
  }

  void env(DetectionDraft draft) {
    Rule build = rules.rule("PHP-ENV-BUILD");
    build.env().forEach((name, value) -> draft.buildEnv(name, new EnvVar(value, build.id())));
    Rule run = rules.rule("PHP-ENV-RUN");
    run.env().forEach((name, value) -> draft.runEnv(name, new EnvVar(value, run.id())));
  }

  /**
   * composer install and the compile script, when composer.json has content.
   *
   * @param prefix what the steps run before Composer (secrets handed over), or ""
   * @param notInstalled required extensions the image does not get: Composer is told not to
   *     check them, or the install would fail where Heroku's platform install provided them
   */
  void install(PhpFacts facts, List<String> secrets, String prefix, List<String> notInstalled,
      DetectionDraft draft) {
    facts.composerLock().flatMap(ComposerLock::firstZipDist).ifPresent(pkg -> draft.buildPackages(
        rules.rule("PHP-COMPOSER-UNZIP"), "composer install unpacks zip archives, such as "
            + pkg.name() + "'s (" + pkg.at() + ")"));
    Rule install = rules.rule("PHP-INSTALL-COMPOSER");
    StringBuilder command = new StringBuilder(prefix).append(install.command("install"));
    notInstalled.forEach(name -> command.append(" --ignore-platform-req=")
        .append(ShellWord.of("ext-" + name)));
    draft.step(new BuildStep(null, "install", command.toString(), install.id(), secrets,
        List.of(CACHE), notInstalled.isEmpty() ? "" : "--ignore-platform-req: the image does"
            + " not get " + String.join(", ", notInstalled) + " (see the findings)."));
    List<Declared> compile = facts.composerJson().map(ComposerJson::compile).orElse(List.of());
    if (!compile.isEmpty()) {
      Rule script = rules.rule("PHP-COMPILE-SCRIPT");
      draft.step(new BuildStep("build", prefix + script.command("run"), script.id(), secrets,
          List.of(CACHE)));
    }
  }

  /** The buildpack links its boot scripts into the bin-dir; these stand in for them. */
  void bootScripts(DetectionDraft draft) {
    Rule boot = rules.rule("PHP-WEB-BOOT-SCRIPTS");
    draft.step(new BuildStep("build", boot.command("run"), boot.id(), List.of(), List.of()));
  }
}
