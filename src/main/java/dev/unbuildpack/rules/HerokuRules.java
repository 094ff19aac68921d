package dev.unbuildpack.rules;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.common.text.DockerfileText;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.heroku.AppEnvVar;
import dev.unbuildpack.detect.heroku.AppJson;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.model.Addon;
import dev.unbuildpack.model.ConfigVar;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.model.SystemPackage;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Applies the platform rules (HEROKU-*): Procfile, app.json, Aptfile, .slugignore. */
final class HerokuRules {
  /** Debian policy 5.6.1: lower case letters, digits, '+', '-' and '.', two characters or more. */
  private static final Pattern DEBIAN_PACKAGE = Pattern.compile("[a-z0-9][a-z0-9+.-]+");

  /** A setting's value written as is: a short word with no quote, space, '$' or escape. */
  private static final Pattern PLAIN_SETTING = Pattern.compile("[A-Za-z0-9_.,:=@%+/-]{1,100}");

  private final RuleSet rules;

  HerokuRules(RuleSet rules) {
    this.rules = rules;
  }

  void apply(HerokuFiles heroku, BuildpackRules buildpacks, Predicate<String> appHas,
      DetectionDraft draft) {
    // Heroku sets PORT when the dyno starts, over any config var (app.json) of that name.
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
    profile(heroku.profileScripts(), draft);
    heroku.aptfile().forEach(line -> aptfile(line, draft));
    buildpacks.apply(draft);
  }

  /**
   * The app's own start-up scripts: a dyno sources them before every process, so the image's
   * commands do too. They are app code, named here and never run during the conversion.
   */
  private void profile(List<String> scripts, DetectionDraft draft) {
    if (scripts.isEmpty()) {
      return;
    }
    draft.profileScripts(scripts);
    draft.finding(rules.rule("HEROKU-PROFILE"), "Heroku sources " + String.join(", ", scripts)
        + " at every dyno start, before the process runs; the image's commands and the compose"
        + " services source the same scripts when the container starts, never during the build.",
        Location.of(scripts.get(scripts.size() - 1)));
  }

  /**
   * The config vars by name, with what the user must know about each: whether it is required,
   * generated, looks secret, or was read by the rules as a buildpack setting. PORT is left out:
   * Heroku sets it over any config var (HEROKU-PORT). Called after the ecosystem rules.
   */
  void configVars(ConfigVars config, DetectionDraft draft) {
    for (AppEnvVar v : config.all()) {
      if (v.name().equals("PORT")) {
        continue;
      }
      boolean overrides = overrideSetting(v, draft);
      boolean generated = v.generator() != null;
      Rule rule = rules.rule(generated ? "HEROKU-APPJSON-GENERATOR" : "HEROKU-APPJSON-ENV");
      boolean buildInput = overrides || config.readByRules(v.name());
      // A buildpack setting did its work at conversion time; the app may not read it at all.
      boolean required = generated || (v.required() && !buildInput);
      draft.configVar(new ConfigVar(v.name(), required, v.generator(), v.value() != null,
          generated || SecretMask.looksSecret(v.name(), v.value()), buildInput,
          v.at().file(), v.at().line(), rule.id()));
    }
  }

  /**
   * A config var that sets a variable the rules also set (NODE_ENV=staging over the buildpack's
   * NODE_ENV=production) wins, as config vars win on Heroku: the only case where an app.json value
   * is written, and only a plain setting (a word with nothing to expand, quote or hide).
   */
  private boolean overrideSetting(AppEnvVar v, DetectionDraft draft) {
    if (v.value() != null && draft.setsEnv(v.name()) && PLAIN_SETTING.matcher(v.value()).matches()
        && !SecretMask.looksSecret(v.name(), v.value())) {
      draft.overrideEnv(v.name(), new EnvVar(v.value(), rules.rule("HEROKU-APPJSON-ENV").id()));
      return true;
    }
    return false;
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

  /**
   * app.json's config vars are checked here and named in the detection after the ecosystem rules
   * ran ({@link #configVars}); their values never become variables of the image.
   */
  private void appJson(AppJson app, DetectionDraft draft) {
    for (AppEnvVar v : app.env()) {
      DockerfileText.name(v.name(), v.at());
      if (v.suppliedByUser() && v.required()) {
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
      unsupported(line, entry, draft);
      return;
    }
    for (String name : List.of(entry.strip().split("\\s+"))) {
      if (!DEBIAN_PACKAGE.matcher(name).matches()) {
        // Only a real package name reaches the apt-get line: no shell or Dockerfile syntax.
        unsupported(line, name, draft);
        continue;
      }
      String reason = line.at().toString();
      draft.buildPackage(new SystemPackage(name, rules.rule("HEROKU-APTFILE").id(), reason));
      draft.runPackage(new SystemPackage(name, rules.rule("HEROKU-APTFILE").id(), reason));
    }
  }

  private void unsupported(Declared line, String entry, DetectionDraft draft) {
    draft.finding(rules.rule("HEROKU-APTFILE-UNSUPPORTED"),
        "Aptfile entry '" + entry + "' is not a Debian package name; add it by hand.", line.at());
  }
}
