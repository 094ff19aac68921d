package dev.unbuildpack.rules;

import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.heroku.AppEnvVar;
import dev.unbuildpack.detect.heroku.AppJson;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.model.Addon;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.SystemPackage;
import java.util.List;
import java.util.function.Predicate;

/** Applies the platform rules (HEROKU-*): Procfile, app.json, Aptfile, .slugignore. */
final class HerokuRules {
  private final RuleSet rules;

  HerokuRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(HerokuFiles heroku, Predicate<String> appHas, DetectionDraft draft) {
    BuildpackRules buildpacks = new BuildpackRules(rules, heroku);
    // First: Heroku sets PORT when the dyno starts, over any config var (app.json) of that name;
    // the run environment keeps the first value set.
    Rule port = rules.rule("HEROKU-PORT");
    port.env().forEach((name, value) -> draft.runEnv(name, new EnvVar(value, port.id())));
    heroku.procfile().ifPresent(procfile -> {
      procfile.entries().forEach(e -> draft.process(new Process(e.type(),
          buildpacks.process(e.type(), e.command(), e.at(), appHas, draft),
          e.at() + " (" + rules.rule("HEROKU-PROCFILE").id() + ")")));
      procfile.invalid().forEach(line -> draft.finding(rules.rule("HEROKU-PROCFILE-INVALID"),
          "Procfile line is not a new 'type: command' declaration: " + line.value(), line.at()));
    });
    heroku.appJson().ifPresent(app -> appJson(app, draft));
    heroku.aptfile().forEach(line -> aptfile(line, draft));
    buildpacks.apply(draft);
  }

  /** .dockerignore entries: .slugignore first, then the defaults. */
  void ignore(HerokuFiles heroku, DetectionDraft draft) {
    String slug = rules.rule("HEROKU-SLUGIGNORE").id();
    for (Declared line : heroku.slugignore()) {
      draft.ignore(new IgnoreEntry(dockerignorePattern(line.value()), line.at() + " (" + slug + ")"));
    }
    Rule defaults = rules.rule("HEROKU-IGNORE-DEFAULTS");
    defaults.values().forEach(p -> draft.ignore(new IgnoreEntry(p, "default (" + defaults.id() + ")")));
  }

  /**
   * .slugignore matches like .gitignore: a pattern without a '/' matches at any depth, a leading
   * '/' anchors it at the root. .dockerignore patterns are always rooted, hence the rewrite.
   */
  static String dockerignorePattern(String slugignore) {
    String pattern = slugignore.endsWith("/") ? slugignore.substring(0, slugignore.length() - 1)
        : slugignore;
    if (pattern.startsWith("/")) {
      return pattern.substring(1);
    }
    return pattern.contains("/") ? pattern : "**/" + pattern;
  }

  private void appJson(AppJson app, DetectionDraft draft) {
    Rule env = rules.rule("HEROKU-APPJSON-ENV");
    for (AppEnvVar v : app.env()) {
      if (v.value() != null) {
        draft.buildEnv(v.name(), new EnvVar(v.value(), env.id()));
        draft.runEnv(v.name(), new EnvVar(v.value(), env.id()));
      } else if (v.required() && v.generator() == null) {
        draft.finding(rules.rule("HEROKU-APPJSON-REQUIRED"),
            v.name() + " is required by app.json and has no value: provide it to the build as a"
                + " secret if the build reads it, else when the container runs.", v.at());
      }
    }
    app.addons().forEach(addon -> addon(addon, draft));
    app.scripts().forEach((name, script) -> draft.finding(rules.rule("HEROKU-APPJSON-SCRIPTS"),
        "app.json script " + name + " (" + script.value() + ") is not run by the image; run it"
            + " once after the first start.", script.at()));
  }

  private void addon(Declared addon, DetectionDraft draft) {
    String name = addon.value().split(":", 2)[0];
    for (Rule rule : rules.all()) {
      if (name.equals(rule.addon())) {
        draft.addon(new Addon(addon.value(), rule.service(), rule.variable(),
            addon.at() + " (" + rule.id() + ")", rule.id()));
        return;
      }
    }
    Rule unknown = rules.rule("HEROKU-ADDON-UNKNOWN");
    draft.addon(new Addon(addon.value(), null, null, addon.at() + " (" + unknown.id() + ")",
        unknown.id()));
    draft.finding(unknown,
        "Add-on " + addon.value() + " has no local stand-in; point its variables at a real"
            + " instance.", addon.at());
  }

  private void aptfile(Declared line, DetectionDraft draft) {
    String entry = line.value();
    if (entry.startsWith(":repo:") || entry.contains("://") || entry.endsWith(".deb")) {
      draft.finding(rules.rule("HEROKU-APTFILE-UNSUPPORTED"),
          "Aptfile entry '" + entry + "' is not a Debian package name; add it by hand.",
          line.at());
      return;
    }
    for (String name : List.of(entry.split("\\s+"))) {
      String reason = line.at().toString();
      draft.buildPackage(new SystemPackage(name, rules.rule("HEROKU-APTFILE").id(), reason));
      draft.runPackage(new SystemPackage(name, rules.rule("HEROKU-APTFILE").id(), reason));
    }
  }
}
