package dev.unbuildpack.rules.php;

import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.heroku.AppJson;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.php.LockedPackage;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The PHP extensions the app needs, from the rules with "install" (rules/php/extensions.toml):
 * a rule applies when the app requires one of its {@code extensions} ({@code ext-*} in
 * composer.json or composer.lock) or locks one of its Composer {@code packages}. An extension
 * compiled into the official image ("core") needs nothing, one the image cannot get ("none": a
 * vendor agent, a debugger) only a finding; the others get one step each, before
 * Composer's install (which checks the ext-* requirements), with the rule's Debian packages.
 *
 * <p>The step is a "tooling" step, so the runtime stage repeats it: both stages start from the
 * same official image and each compiles its own copy (PHP-EXT-BUILT-TWICE says why). The rule's build packages (the headers
 * the compile needs) are therefore installed in both stages, its run packages in the runtime
 * stage only.
 */
final class ExtensionRules {
  private final RuleSet rules;
  private final String phpVersion;

  ExtensionRules(RuleSet rules) {
    this(rules, null);
  }

  /** @param phpVersion the exact PHP version, which rules with "versions" must match */
  ExtensionRules(RuleSet rules, String phpVersion) {
    this.rules = rules;
    this.phpVersion = phpVersion;
  }

  /** An installing rule for this PHP version: "versions" is a Composer constraint. */
  private boolean installs(Rule rule) {
    return rule.install() != null && ComposerConstraint.ruleAdmits(rule.versions(), phpVersion);
  }

  /**
   * The extensions with a rule, as the Dockerfile installs them; unknown ones raise a finding.
   *
   * @return the required extensions a rule says the image does not get (install = "none"),
   *     which composer install must not check
   */
  List<String> apply(RequiredExtensions asked, DetectionDraft draft) {
    RequiredExtensions required = withDependencies(asked);
    alwaysOn(required, draft);
    List<String> covered = new ArrayList<>();
    List<String> notInstalled = new ArrayList<>();
    List<String> built = new ArrayList<>();
    for (Rule rule : inDependencyOrder(required)) {
      Optional<Declared> trigger = trigger(rule, required);
      covered.addAll(rule.extensions());
      String reason = trigger.get().value() + " (" + trigger.get().at() + ")";
      if (rule.install().equals("core") || rule.install().equals("none")) {
        // Without a severity of its own: core is for information, none a warning (the image
        // lacks what Heroku had).
        Severity severity = rule.severity() != null
            ? Severity.valueOf(rule.severity().toUpperCase(Locale.ROOT))
            : rule.install().equals("core") ? Severity.INFO : Severity.WARNING;
        draft.finding(severity, rule.id(), reason + ": " + rule.summary() + " " + rule.effect(),
            trigger.get().at());
        if (rule.install().equals("none")) {
          rule.extensions().stream().filter(required.byName()::containsKey)
              .forEach(notInstalled::add);
        }
        continue;
      }
      draft.buildPackages(rule, reason);
      draft.runPackages(rule, reason);
      draft.buildPackagesAtRunTime(rule, reason);
      List<String> names = rule.extensions().stream()
          .filter(required.byName()::containsKey).toList();
      List<String> installed = names.isEmpty() ? rule.extensions() : names;
      built.addAll(installed);
      draft.step(new BuildStep(null, PhpBuildSteps.TOOLING, command(rule, installed), rule.id(),
          List.of(), List.of(), "PHP extension " + String.join(", ", installed) + " for "
              + reason + ": Heroku installs it prebuilt, the official image builds it here."));
      if (rule.severity() != null) {
        draft.finding(rule, reason + ": " + rule.summary() + " " + rule.effect(),
            trigger.get().at());
      }
    }
    if (!built.isEmpty()) {
      draft.finding(rules.rule("PHP-EXT-BUILT-TWICE"), "The runtime stage builds "
          + String.join(", ", built) + " again instead of copying the build stage's modules: the"
          + " Dockerfile's stages share only the app.",
          null);
    }
    required.byName().forEach((name, at) -> {
      if (!covered.contains(name)) {
        draft.finding(rules.rule("PHP-EXT-UNKNOWN"), at.value() + " (" + at.at() + ") has no"
            + " rule: the Dockerfile installs nothing for it, and Composer's install fails if the"
            + " image lacks it. Add a step that installs it (docker-php-ext-install or pecl).",
            at.at());
      }
    });
    return notInstalled;
  }

  /**
   * The required extensions and those they need loaded first (a rule's "after": event needs
   * sockets, which Heroku's PHP has compiled in and the official image lacks), until no rule
   * adds one.
   */
  private RequiredExtensions withDependencies(RequiredExtensions asked) {
    Map<String, Declared> names = new LinkedHashMap<>(asked.byName());
    boolean added = true;
    while (added) {
      added = false;
      RequiredExtensions now = new RequiredExtensions(names, asked.packages());
      for (Rule rule : rules.all()) {
        Optional<Declared> trigger = !installs(rule) || rule.after().isEmpty()
            ? Optional.empty() : trigger(rule, now);
        if (trigger.isPresent()) {
          for (String needed : rule.after()) {
            added |= names.putIfAbsent(needed, new Declared("ext-" + needed + " (needed by "
                + trigger.get().value() + ")", trigger.get().at())) == null;
          }
        }
      }
    }
    return new RequiredExtensions(names, asked.packages());
  }

  /**
   * The rules that apply, in file order except that a rule comes after the rules of the
   * extensions it names in "after": its build may need their headers, and its module their
   * symbols. A cycle (which no rule has) would keep the rest in file order.
   */
  private List<Rule> inDependencyOrder(RequiredExtensions required) {
    List<Rule> waiting = new ArrayList<>(rules.all().stream()
        .filter(r -> installs(r) && trigger(r, required).isPresent()).toList());
    List<Rule> ordered = new ArrayList<>();
    while (!waiting.isEmpty()) {
      Rule next = waiting.stream().filter(r -> r.after().stream().noneMatch(needed ->
              waiting.stream().anyMatch(w -> w != r && w.extensions().contains(needed))))
          .findFirst().orElse(waiting.get(0));
      waiting.remove(next);
      ordered.add(next);
    }
    return ordered;
  }

  /**
   * Extensions an app.json add-on implies (PHP-EXT-ADDON-* rules: the add-on in "value", the
   * extensions in "values"): Heroku's PHP has them compiled in, so the app uses them without
   * requiring them.
   */
  Map<String, Declared> impliedByAddons(HerokuFiles heroku, DetectionDraft draft) {
    Map<String, Declared> implied = new LinkedHashMap<>();
    List<Declared> addons = heroku.appJson().map(AppJson::addons).orElse(List.of());
    for (Rule rule : rules.all()) {
      if (rule.value() == null || !rule.id().startsWith("PHP-EXT-ADDON-")) {
        continue;
      }
      addons.stream().filter(a -> a.value().equals(rule.value())
          || a.value().startsWith(rule.value() + ":")).findFirst().ifPresent(addon -> {
            draft.finding(rule, "Add-on " + addon.value() + " (" + addon.at() + "): the image"
                + " gets " + String.join(", ", rule.values()) + ", which Heroku's PHP has"
                + " compiled in.", addon.at());
            rule.values().forEach(name -> implied.putIfAbsent(name, new Declared(
                "ext-" + name + " (implied by add-on " + rule.value() + ")", addon.at())));
          });
    }
    return implied;
  }

  /** Heroku's always-on extensions that nothing asks for here: the image does not have them. */
  private void alwaysOn(RequiredExtensions required, DetectionDraft draft) {
    Rule rule = rules.rule("PHP-EXT-ALWAYS-ON");
    List<String> absent = rule.values().stream()
        .filter(name -> !required.byName().containsKey(name)).toList();
    if (!absent.isEmpty()) {
      draft.finding(rule, "Heroku's PHP has " + String.join(", ", absent) + " compiled in; the"
          + " image does not, since nothing requires them. If the app uses one, add its ext-*"
          + " (ext-" + absent.get(0) + ") to composer.json's require.", null);
    }
  }

  /** The first requirement or locked package that makes the rule apply. */
  private static Optional<Declared> trigger(Rule rule, RequiredExtensions required) {
    for (String extension : rule.extensions()) {
      Declared at = required.byName().get(extension);
      if (at != null) {
        return Optional.of(at);
      }
    }
    for (String name : rule.packages()) {
      LockedPackage pkg = required.packages().get(name);
      if (pkg != null) {
        return Optional.of(new Declared("Composer package " + name, pkg.at()));
      }
    }
    return Optional.empty();
  }

  /**
   * The official image's helpers: docker-php-ext-configure with the rule's options, then
   * docker-php-ext-install; or pecl install and docker-php-ext-enable. Every word was checked
   * by the rule validator; ShellWord guards them anyway.
   */
  static String command(Rule rule, List<String> extensions) {
    List<String> words = new ArrayList<>();
    String first = extensions.get(0);
    String all = String.join(" ", extensions.stream().map(ShellWord::of).toList());
    // PHP loads conf.d's files in name order, and the helpers name them docker-php-ext-<name>.ini:
    // event's would load before sockets'. An extension that needs others loaded first gets a
    // file named to sort after theirs.
    String ini = rule.after().isEmpty() ? "" : "--ini-name " + ShellWord.of("zz-" + first + ".ini")
        + " ";
    if (rule.install().equals("pecl")) {
      return "pecl install " + ShellWord.of(rule.pecl()) + " && docker-php-ext-enable " + ini
          + ShellWord.of(first) + " && rm -rf /tmp/pear";
    }
    if (!rule.configure().isEmpty()) {
      words.add("docker-php-ext-configure " + ShellWord.of(first) + " "
          + String.join(" ", rule.configure().stream().map(ShellWord::of).toList()) + " &&");
    }
    words.add("docker-php-ext-install -j\"$(nproc)\" " + ini + all);
    return String.join(" ", words);
  }
}
