package dev.unbuildpack.rules;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.model.EnvVar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The other buildpacks an app lists (app.json "buildpacks", else .buildpacks): what each
 * installs and sets at run time (HEROKU-BUILDPACK-*), and what a process that starts with one of
 * their bin/ wrappers runs in an image that has no such wrapper.
 */
final class BuildpackRules {
  static final String PREFIX = "HEROKU-BUILDPACK-";
  private static final String STRIP = "strip";
  private static final String KEEP = "keep";

  private final RuleSet rules;
  private final List<Listed> listed = new ArrayList<>();
  /** How many of {@link #listed} the app's list names; the rest are implied by a command. */
  private final int declared;

  /**
   * A buildpack the app lists, with the rule that knows it (the unknown one when none does).
   * A language buildpack's rule names the ecosystem it builds in its {@code value}.
   */
  record Listed(Declared entry, Rule rule) {
    /** The ecosystem id this buildpack builds, or null for a buildpack of no language. */
    String ecosystem() {
      return rule.value();
    }
  }

  BuildpackRules(RuleSet rules, HerokuFiles heroku) {
    this.rules = rules;
    List<Declared> entries = heroku.appJson().map(a -> a.buildpacks()).filter(b -> !b.isEmpty())
        .orElse(heroku.buildpacksFile());
    Map<String, Declared> unique = new LinkedHashMap<>();
    entries.forEach(e -> unique.putIfAbsent(normalise(e.value()), e));
    unique.forEach((name, entry) -> listed.add(new Listed(entry, ruleFor(name))));
    declared = listed.size();
  }

  /** True when the app lists its buildpacks (app.json "buildpacks", else .buildpacks). */
  boolean hasList() {
    return declared > 0;
  }

  /** The language buildpacks the app lists, in the order Heroku runs them. */
  List<Listed> languages() {
    return listed.subList(0, declared).stream().filter(b -> b.ecosystem() != null).toList();
  }

  /**
   * The last listed buildpack that has a bin/release, whose default processes are the app's
   * (HEROKU-BUILDPACK-RELEASE lists the rules of those that have none); empty without a list.
   */
  java.util.Optional<Listed> lastReleasing() {
    Rule release = rules.rule(PREFIX + "RELEASE");
    Listed last = null;
    for (Listed buildpack : listed.subList(0, declared)) {
      if (!release.values().contains(buildpack.rule().id())) {
        last = buildpack;
      }
    }
    return java.util.Optional.ofNullable(last);
  }

  /** Packages, variables and findings of every listed buildpack. */
  void apply(DetectionDraft draft) {
    for (Listed buildpack : listed) {
      Rule rule = buildpack.rule();
      String reason = "buildpack " + buildpack.entry().value() + " (" + buildpack.entry().at()
          + ")";
      draft.runPackages(rule, reason);
      rule.env().forEach((name, value) -> draft.runEnv(name, new EnvVar(value, rule.id())));
      String message = rule.id().equals(PREFIX + "UNKNOWN")
          ? "Buildpack " + buildpack.entry().value() + " is not known to unbuildpack: the image"
              + " lacks whatever it installs into the slug, the variables it sets in .profile.d"
              + " and the processes its bin/release declares; add them to the Dockerfile by hand."
          : "Buildpack " + buildpack.entry().value() + ": " + rule.effect();
      draft.finding(rule, message, buildpack.entry().at());
    }
  }

  /**
   * The command a process runs in the image: a wrapper a listed buildpack supplies, and the app
   * does not have itself, is stripped or replaced as its rule says, or kept with a warning.
   */
  String process(String type, String command, Location at, Predicate<String> appHas,
      DetectionDraft draft) {
    String first = command.strip().split("\\s+", 2)[0];
    implied(first, at, appHas);
    for (Listed buildpack : listed) {
      Rule rule = buildpack.rule();
      String action = rule.commands().get(first);
      if (action == null || appHas.test(first)) {
        continue;
      }
      String rest = command.strip().substring(first.length()).strip();
      String replaced = switch (action) {
        case STRIP -> rest;
        case KEEP -> command;
        default -> rest.isEmpty() ? action : null;
      };
      if (replaced == null || replaced.isEmpty() || replaced.equals(command)) {
        draft.finding(rule, "Process " + type + " runs " + first + ", which buildpack "
            + buildpack.entry().value() + " supplies and the image does not have: replace the"
            + " command in the Procfile (" + rule.summary() + ")", at);
        return command;
      }
      draft.finding(rule, "Process " + type + " runs " + first + ", which buildpack "
          + buildpack.entry().value() + " supplies; the image runs '" + replaced + "' instead.",
          at);
      return replaced;
    }
    if (isAppPath(first) && !appHas.test(first.startsWith("./") ? first.substring(2) : first)) {
      draft.finding(rules.rule("HEROKU-PROCESS-SCRIPT-MISSING"), "Process " + type + " runs "
          + first + ", which is not in the app: unless the build creates it, the container"
          + " fails to start. A buildpack that supplied it is not converted; replace the command"
          + " in the Procfile.", at);
    }
    return command;
  }

  /** "bin/boot" or "./start.sh": a file of the app, not a program on PATH or an absolute path. */
  private static boolean isAppPath(String word) {
    return word.contains("/") && !word.startsWith("/") && !word.startsWith("$")
        && !word.contains("=");
  }

  /**
   * A wrapper only one buildpack supplies names that buildpack even when the app does not list
   * it (buildpacks added with the CLI are in neither file): it is converted as if listed.
   */
  private void implied(String first, Location at, Predicate<String> appHas) {
    boolean handled = listed.stream().anyMatch(b -> b.rule().commands().containsKey(first));
    if (handled || appHas.test(first)) {
      return;
    }
    for (Rule rule : rules.all()) {
      if (rule.id().startsWith(PREFIX) && rule.commands().containsKey(first)
          && !rule.values().isEmpty()) {
        listed.add(new Listed(new Declared(rule.values().get(0) + " (implied by " + first
            + ")", at), rule));
        return;
      }
    }
  }

  private Rule ruleFor(String name) {
    for (Rule rule : rules.all()) {
      if (rule.id().startsWith(PREFIX) && rule.values().contains(name)) {
        return rule;
      }
    }
    return rules.rule(PREFIX + "UNKNOWN");
  }

  /**
   * The name rules list a buildpack by: "https://github.com/heroku/heroku-buildpack-nginx.git#v1"
   * is "github.com/heroku/heroku-buildpack-nginx".
   */
  static String normalise(String url) {
    String name = url.strip().toLowerCase(Locale.ROOT);
    name = name.replaceFirst("#.*$", "").replaceFirst("^[a-z+]+://", "")
        .replaceFirst("^git@github\\.com:", "github.com/").replaceFirst("/+$", "")
        .replaceFirst("\\.git$", "").replaceFirst("\\.tgz$", "");
    return name;
  }
}
