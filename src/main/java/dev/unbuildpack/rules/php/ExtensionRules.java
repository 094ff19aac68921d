package dev.unbuildpack.rules.php;

import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.php.LockedPackage;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The PHP extensions the app needs, from the rules with "install" (rules/php/extensions.toml):
 * a rule applies when the app requires one of its {@code extensions} ({@code ext-*} in
 * composer.json or composer.lock) or locks one of its Composer {@code packages}. An extension
 * compiled into the official image ("core") needs nothing; the others get one step each, before
 * Composer's install (which checks the ext-* requirements), with the rule's Debian packages.
 *
 * <p>The step is a "tooling" step, so the runtime stage repeats it: both stages start from the
 * same official image and each compiles its own copy. The rule's build packages (the headers
 * the compile needs) are therefore installed in both stages, its run packages in the runtime
 * stage only.
 */
final class ExtensionRules {
  private final RuleSet rules;

  ExtensionRules(RuleSet rules) {
    this.rules = rules;
  }

  /** The extensions with a rule, as the Dockerfile installs them; unknown ones raise a finding. */
  void apply(RequiredExtensions required, DetectionDraft draft) {
    List<String> covered = new ArrayList<>();
    for (Rule rule : rules.all()) {
      if (rule.install() == null) {
        continue;
      }
      Optional<Declared> trigger = trigger(rule, required);
      if (trigger.isEmpty()) {
        continue;
      }
      covered.addAll(rule.extensions());
      String reason = trigger.get().value() + " (" + trigger.get().at() + ")";
      if (rule.install().equals("core")) {
        draft.finding(rule, reason + ": " + rule.summary() + " " + rule.effect(),
            trigger.get().at());
        continue;
      }
      draft.buildPackages(rule, reason);
      draft.runPackages(rule, reason);
      draft.buildPackagesAtRunTime(rule, reason);
      List<String> names = rule.extensions().stream()
          .filter(required.byName()::containsKey).toList();
      List<String> installed = names.isEmpty() ? rule.extensions() : names;
      draft.step(new BuildStep(null, PhpBuildSteps.TOOLING, command(rule, installed), rule.id(),
          List.of(), List.of(), "PHP extension " + String.join(", ", installed) + " for "
              + reason + ": Heroku installs it prebuilt, the official image builds it here."));
      if (rule.severity() != null) {
        draft.finding(rule, reason + ": " + rule.summary() + " " + rule.effect(),
            trigger.get().at());
      }
    }
    required.byName().forEach((name, at) -> {
      if (!covered.contains(name)) {
        draft.finding(rules.rule("PHP-EXT-UNKNOWN"), at.value() + " (" + at.at() + ") has no"
            + " rule: the Dockerfile installs nothing for it, and Composer's install fails if the"
            + " image lacks it. Add a step that installs it (docker-php-ext-install or pecl).",
            at.at());
      }
    });
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
    if (rule.install().equals("pecl")) {
      return "pecl install " + ShellWord.of(rule.pecl()) + " && docker-php-ext-enable "
          + ShellWord.of(first) + " && rm -rf /tmp/pear";
    }
    if (!rule.configure().isEmpty()) {
      words.add("docker-php-ext-configure " + ShellWord.of(first) + " "
          + String.join(" ", rule.configure().stream().map(ShellWord::of).toList()) + " &&");
    }
    words.add("docker-php-ext-install -j\"$(nproc)\" " + all);
    return String.join(" ", words);
  }
}
