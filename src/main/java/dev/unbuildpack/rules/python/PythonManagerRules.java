package dev.unbuildpack.rules.python;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.python.PythonFacts;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** lib/package_manager.sh: exactly one package manager file, or the buildpack's error. */
final class PythonManagerRules {
  /** The manager each lockfile stands for, in the buildpack's order of checks. */
  private static final Map<String, String> BY_FILE = Map.of("Pipfile.lock", "pipenv",
      "requirements.txt", "pip", "poetry.lock", "poetry", "uv.lock", "uv");
  private static final List<String> ORDER =
      List.of("Pipfile.lock", "requirements.txt", "poetry.lock", "uv.lock");

  private final RuleSet rules;

  PythonManagerRules(RuleSet rules) {
    this.rules = rules;
  }

  /** The manager's name ("pip", "pipenv", "poetry", "uv"), or null when the build would fail. */
  String choose(PythonFacts facts, DetectionDraft draft) {
    if (!facts.has("Pipfile.lock") && facts.has("Pipfile")) {
      draft.finding(rules.rule("PYTHON-PM-PIPFILE-NO-LOCK"), "Pipfile has no Pipfile.lock: run"
          + " 'pipenv lock' and commit Pipfile.lock.", Location.of("Pipfile"));
      return null;
    }
    List<String> found = new ArrayList<>(ORDER.stream().filter(facts::has).toList());
    if (found.size() == 1) {
      return BY_FILE.get(found.get(0));
    }
    if (found.size() > 1) {
      draft.finding(rules.rule("PYTHON-PM-MULTIPLE"), "Several package manager files: "
          + String.join(", ", found.stream().map(f -> f + " (" + BY_FILE.get(f) + ")").toList())
          + "; the buildpack fails the build. Keep exactly one.", Location.of(found.get(1)));
    } else if (facts.has("setup.py")) {
      draft.finding(rules.rule("PYTHON-PM-SETUP-PY-ONLY"), "setup.py alone no longer installs:"
          + " add a requirements.txt holding '--editable .'.", Location.of("setup.py"));
    } else {
      draft.finding(rules.rule("PYTHON-PM-NONE"), "No requirements.txt, Pipfile.lock,"
          + " poetry.lock or uv.lock" + (facts.has("pyproject.toml")
              ? ": pyproject.toml alone is not enough; commit the lockfile ('uv lock' or"
                + " 'poetry lock')." : "; add one (an empty requirements.txt for no dependencies)."),
          facts.has("pyproject.toml") ? Location.of("pyproject.toml") : null);
    }
    return null;
  }

  /** The manager at the version the buildpack pins, with the file it installs from. */
  PackageManager packageManager(String name) {
    String rule = "PYTHON-PM-" + name.toUpperCase(java.util.Locale.ROOT);
    String lockfile = BY_FILE.entrySet().stream().filter(e -> e.getValue().equals(name))
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    return new PackageManager(name, rules.rule(rule).value(), lockfile);
  }
}
