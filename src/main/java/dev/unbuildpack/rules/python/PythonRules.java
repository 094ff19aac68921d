package dev.unbuildpack.rules.python;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.EcosystemFacts;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.detect.python.PythonFacts;
import dev.unbuildpack.model.Addon;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.InstallOrder;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.rules.ConfigVars;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.EcosystemRules;
import dev.unbuildpack.rules.Rule;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Applies the Python rules to what the Python detector found. */
public final class PythonRules implements EcosystemRules {
  /** The managers whose variables reach the processes too (their tools stay in the slug). */
  private static final Set<String> RUN_TIME_MANAGERS = Set.of("pip", "pipenv");

  private final RuleSet rules;
  private final PythonReleases releases;

  public PythonRules(RuleSet rules) {
    this(rules, PythonReleases.builtIn());
  }

  PythonRules(RuleSet rules, PythonReleases releases) {
    this.rules = rules;
    this.releases = releases;
  }

  @Override
  public String ecosystem() {
    return PythonFacts.ID;
  }

  @Override
  public void apply(EcosystemFacts facts, HerokuFiles heroku, ConfigVars config,
      DetectionDraft draft) {
    apply((PythonFacts) facts, heroku, config, draft);
  }

  public void apply(PythonFacts python, HerokuFiles heroku, ConfigVars config,
      DetectionDraft draft) {
    checks(python, draft);
    PythonManagerRules managers = new PythonManagerRules(rules);
    String manager = managers.choose(python, draft);
    Runtime runtime = new PythonRuntimeRules(rules, releases).apply(python, manager, draft);
    draft.ecosystem(new Ecosystem(PythonFacts.ID, runtime,
        manager == null ? null : managers.packageManager(manager), manifests(python, manager),
        manager == null ? null : installOrder(python)));
    new NativeRules(rules).apply(python.packages(), draft);
    List<String> secrets = new SecretRules(rules).apply(python.app(), python.packages(), config,
        draft);
    if (manager != null) {
      env(manager, draft);
      new PythonBuildSteps(rules).apply(python, manager, runtime, secrets, config, draft);
    }
    processes(python, heroku, draft);
  }

  private void checks(PythonFacts python, DetectionDraft draft) {
    for (String dir : python.forbiddenDirs()) {
      boolean heroku = dir.equals(".heroku/python");
      draft.finding(rules.rule(heroku ? "PYTHON-CHECK-HEROKU-DIR" : "PYTHON-CHECK-VENV-DIR"),
          (heroku ? "The app holds .heroku/python, where the buildpack installs Python"
              : dir + "/ is a committed virtual environment") + "; the buildpack fails the"
              + " build. Remove it from the repository.", Location.of(dir));
    }
  }

  /** Files the install reads, copied before the sources so the dependency layer caches. */
  private static List<String> manifests(PythonFacts python, String manager) {
    List<String> files = new ArrayList<>();
    if (manager == null) {
      return files;
    }
    switch (manager) {
      case "pip" -> files.add("requirements.txt");
      case "pipenv" -> files.addAll(python.managerFiles().stream()
          .filter(f -> f.startsWith("Pipfile")).sorted().toList());
      case "poetry" -> files.addAll(List.of("pyproject.toml", "poetry.lock"));
      default -> {
        files.addAll(List.of("pyproject.toml", "uv.lock"));
        // uv sync reads the interpreter request there (UV_PYTHON_DOWNLOADS=never).
        if (python.pythonVersionFile().isPresent()) {
          files.add(".python-version");
        }
      }
    }
    return files.stream().filter(f -> python.managerFiles().contains(f)
        || f.equals(".python-version")).toList();
  }

  private InstallOrder installOrder(PythonFacts python) {
    Rule rule = rules.rule("PYTHON-INSTALL-INPUTS");
    if (python.installInputs().isEmpty()) {
      return new InstallOrder(false, "The install reads only the manifests: no requirement names"
          + " a file of the app, and the project itself is not installed.", rule.id());
    }
    List<String> why = python.installInputs().stream()
        .map(d -> d.value() + " (" + d.at() + ")").toList();
    return new InstallOrder(true, "The install reads files of the app: " + String.join("; ", why)
        + ".", rule.id());
  }

  private void env(String manager, DetectionDraft draft) {
    Rule tool = rules.rule("PYTHON-PM-" + manager.toUpperCase(java.util.Locale.ROOT));
    boolean atRunTime = RUN_TIME_MANAGERS.contains(manager);
    tool.env().forEach((name, value) -> {
      draft.buildEnv(name, new EnvVar(value, tool.id()));
      if (atRunTime) {
        draft.runEnv(name, new EnvVar(value, tool.id()));
      }
    });
    for (String id : List.of("PYTHON-HOME", "PYTHON-ENV-BUILD")) {
      Rule build = rules.rule(id);
      build.env().forEach((name, value) -> draft.buildEnv(name, new EnvVar(value, build.id())));
    }
    for (String id : List.of("PYTHON-ENV-RUN", "PYTHON-ENV-GUNICORN",
        "PYTHON-ENV-WEB-CONCURRENCY")) {
      Rule run = rules.rule(id);
      run.env().forEach((name, value) -> draft.runEnv(name, new EnvVar(value, run.id())));
    }
  }

  /** bin/release declares no process; it may provision Postgres for a Django app. */
  private void processes(PythonFacts python, HerokuFiles heroku, DetectionDraft draft) {
    if (!draft.hasProcess("web")) {
      String proposal = python.wsgiEntries().isEmpty()
          ? "No WSGI module was found to propose a command for."
          : "Add to the Procfile: web: gunicorn " + python.wsgiEntries().get(0)
              + (python.packages().has("gunicorn") ? "" : " (and gunicorn to the dependencies)")
              + ".";
      draft.finding(rules.rule("PYTHON-PROCESS-NONE"), (heroku.procfile().isEmpty()
          ? "No Procfile" : "The Procfile declares no web process") + ": the Python buildpack"
          + " declares none, so the app has no web process and the image no CMD. " + proposal,
          heroku.procfile().isEmpty() ? null : Location.of("Procfile"));
    }
    boolean postgresListed = heroku.appJson().map(a -> a.addons().stream()
        .map(Declared::value).anyMatch(v -> v.startsWith("heroku-postgresql"))).orElse(false);
    if (!postgresListed && python.managePy().filter("manage.py"::equals).isPresent()
        && python.packages().has("django")
        && (python.packages().has("psycopg2") || python.packages().has("psycopg2-binary"))) {
      Rule release = rules.rule("PYTHON-RELEASE-POSTGRES");
      Rule postgres = rules.rule("HEROKU-ADDON-POSTGRES");
      draft.addon(new Addon("heroku-postgresql", postgres.service(), postgres.variable(),
          "manage.py with django and psycopg2 (" + release.id() + ")", postgres.id()));
    }
  }
}
