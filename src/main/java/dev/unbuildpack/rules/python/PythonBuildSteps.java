package dev.unbuildpack.rules.python;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.python.PythonFacts;
import dev.unbuildpack.detect.python.SettingsRead;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** bin/compile's steps in its order, from bin/pre_compile to bin/post_compile. */
final class PythonBuildSteps {
  private final RuleSet rules;

  PythonBuildSteps(RuleSet rules) {
    this.rules = rules;
  }

  void apply(PythonFacts facts, String manager, Runtime runtime, List<String> secrets,
      ConfigVars config, DetectionDraft draft) {
    if (facts.preCompile()) {
      hook("prebuild", "PYTHON-STEP-PRE-COMPILE", draft);
    }
    String suffix = manager.toUpperCase(Locale.ROOT);
    Rule tool = rules.rule("PYTHON-TOOL-" + suffix);
    draft.step(new BuildStep("install", toolCommand(tool, manager, runtime, draft), tool.id(),
        List.of(), List.of()));
    Rule install = rules.rule("PYTHON-INSTALL-" + suffix);
    draft.step(installStep(install, facts, secrets, draft));
    if (!facts.editable().isEmpty()) {
      Declared first = facts.editable().get(0);
      draft.finding(rules.rule("PYTHON-EDITABLE-PATHS"), "Editable requirement "
          + first.value() + ": built in /app, so its .pth paths need no rewriting.", first.at());
    }
    nltk(facts, draft);
    collectstatic(facts, config, draft);
    if (facts.postCompile()) {
      hook("build", "PYTHON-STEP-POST-COMPILE", draft);
    }
  }

  /**
   * The install, and when an editable VCS requirement carries a credential, the removal of the
   * checkouts' version-control folders in the same RUN: their config holds the expanded URL.
   */
  private BuildStep installStep(Rule install, PythonFacts facts, List<String> secrets,
      DetectionDraft draft) {
    List<Declared> credentialed = facts.editable().stream()
        .filter(e -> e.value().contains("://") && !UrlCredentials.variables(e.value()).isEmpty())
        .toList();
    if (credentialed.isEmpty()) {
      return new BuildStep("install", install.command("install"), install.id(), secrets,
          install.caches());
    }
    Rule scrub = rules.rule("PYTHON-SECRET-EDITABLE-CHECKOUT");
    Declared first = credentialed.get(0);
    draft.finding(scrub, "The editable VCS requirement at " + first.at() + " expands "
        + String.join(", ", UrlCredentials.variables(first.value())) + " into the clone URL,"
        + " which git keeps in the checkout's .git/config; the install step removes the"
        + " checkouts' version-control folders in the same RUN.", first.at());
    return new BuildStep(null, "install",
        install.command("install") + " && " + scrub.command("scrub"), install.id(), secrets,
        install.caches(), "The checkouts of editable VCS requirements"
            + " keep their clone URL, credential included, in .git/config: their"
            + " version-control folders are removed in this same step ["
            + scrub.id() + "].");
  }

  private void hook(String phase, String id, DetectionDraft draft) {
    Rule rule = rules.rule(id);
    // The cache mount is the hook's CACHE_DIR (see the rule).
    draft.step(new BuildStep(null, phase, rule.command("run"), rule.id(), List.of(),
        rule.caches(), "BUILD_DIR, CACHE_DIR and ENV_DIR as the buildpack exports them to its"
            + " hooks: the app folder, a cache kept between builds, and an empty folder, since"
            + " config var values are never written into the build."));
  }

  /** pip gets the pinned pip, and setuptools on the Pythons that no longer bundle it. */
  private String toolCommand(Rule tool, String manager, Runtime runtime, DetectionDraft draft) {
    String version = rules.rule("PYTHON-PM-" + manager.toUpperCase(Locale.ROOT)).value();
    if (!manager.equals("pip")) {
      return tool.command("install").replace("{version}", ShellWord.of(version));
    }
    List<String> packages = new ArrayList<>(List.of("pip==" + version));
    Rule setuptools = rules.rule("PYTHON-PM-SETUPTOOLS");
    String minor = runtime.version() == null ? ""
        : runtime.version().substring(0, runtime.version().lastIndexOf('.'));
    if (setuptools.values().contains(minor)) {
      packages.add("setuptools==" + setuptools.value());
      draft.finding(setuptools, "Python " + minor + " apps also get setuptools "
          + setuptools.value() + ", as on Heroku (later Pythons bundle none).", null);
    }
    return tool.command("install").replace("{packages}",
        packages.stream().map(ShellWord::of).collect(Collectors.joining(" ")));
  }

  private void nltk(PythonFacts facts, DetectionDraft draft) {
    if (!facts.hasNltkFile()) {
      return;
    }
    if (!facts.packages().has("nltk")) {
      draft.finding(rules.rule("PYTHON-NLTK-UNUSED"), "nltk.txt is ignored: the app does not"
          + " install nltk.", Location.of("nltk.txt"));
      return;
    }
    Rule rule = rules.rule("PYTHON-STEP-NLTK");
    Set<String> corpora = new LinkedHashSet<>();
    facts.nltkFile().forEach(line -> corpora.add(line.value()));
    String command = rule.command("run") + " " + corpora.stream().map(ShellWord::of)
        .collect(Collectors.joining(" "));
    draft.step(new BuildStep("build", command.strip(), rule.id(), List.of(), List.of()));
    rule.env().forEach((name, value) -> draft.runEnv(name, new EnvVar(value, rule.id())));
  }

  private void collectstatic(PythonFacts facts, ConfigVars config, DetectionDraft draft) {
    boolean django = facts.packages().has("django");
    boolean byVariable = config.value("DISABLE_COLLECTSTATIC").map(v -> !v.equals("0"))
        .orElse(false);
    if (facts.collectstaticDisabledFile() || byVariable) {
      draft.finding(rules.rule("PYTHON-COLLECTSTATIC-DISABLED"), "collectstatic is skipped ("
          + (byVariable ? "DISABLE_COLLECTSTATIC is set in app.json"
              : "the deprecated .heroku/collectstatic_disabled file exists; set"
                + " DISABLE_COLLECTSTATIC=1 instead") + ")" + (django ? "" : "; Django is not"
              + " installed anyway") + ".", byVariable ? config.get("DISABLE_COLLECTSTATIC")
                  .orElseThrow().at() : Location.of(
                      ".heroku/collectstatic_disabled"));
      return;
    }
    if (!django || facts.managePy().isEmpty()) {
      return;
    }
    Rule rule = rules.rule("PYTHON-STEP-COLLECTSTATIC");
    String manage = facts.managePy().get();
    draft.step(new BuildStep("build", rule.command("run").replace("{manage}",
        ShellWord.of(manage)), rule.id(), List.of(), List.of()));
    configVars(facts.settingsVariables().stream().filter(SettingsRead::required).toList(),
        "PYTHON-COLLECTSTATIC-CONFIG-VARS", " without a default; on Heroku they come from the"
            + " config vars, in the image build they are unset, so collectstatic fails. Give them"
            + " build-time defaults, or set DISABLE_COLLECTSTATIC=1.", draft);
    configVars(facts.settingsVariables().stream().filter(read -> !read.required()).toList(),
        "PYTHON-COLLECTSTATIC-OPTIONAL-VARS", " with a default (or None); unset in the image"
            + " build, collectstatic runs with the defaults.", draft);
  }

  /** One finding naming the variables the settings read, and where. */
  private void configVars(List<SettingsRead> reads, String id, String consequence,
      DetectionDraft draft) {
    if (reads.isEmpty()) {
      return;
    }
    Set<String> names = new LinkedHashSet<>();
    reads.forEach(read -> names.add(read.name()));
    draft.finding(rules.rule(id), "collectstatic imports the settings, which read "
        + String.join(", ", names) + " (" + String.join(", ", reads.stream()
            .map(read -> read.at().toString()).distinct().toList()) + ")" + consequence,
        reads.get(0).at());
  }
}
