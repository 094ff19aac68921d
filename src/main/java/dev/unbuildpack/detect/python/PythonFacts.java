package dev.unbuildpack.detect.python;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.EcosystemFacts;
import java.util.List;
import java.util.Optional;

/**
 * What the app declares for Python, each fact with its file and line; no decisions.
 *
 * @param managerFiles the package-manager files present, in the buildpack's order of checks
 *     (Pipfile.lock, Pipfile, requirements.txt, poetry.lock, uv.lock, setup.py, pyproject.toml)
 * @param runtimeTxt runtime.txt's version lines (comments and blanks dropped)
 * @param pythonVersionFile .python-version's version lines (comments and blanks dropped)
 * @param misspelledVersionFiles files named like a misspelled .python-version
 * @param pipfileLockVersion Pipfile.lock _meta.requires python_full_version, else python_version
 * @param requiresPython pyproject.toml [project] requires-python, which the buildpack ignores
 * @param preCompile true when bin/pre_compile exists
 * @param postCompile true when bin/post_compile exists
 * @param managePy the shallowest manage.py up to three folders deep, as collectstatic finds it
 * @param nltkFile nltk.txt's corpus lines, empty when the file is absent
 * @param hasNltkFile true when nltk.txt exists
 * @param settingsVariables variables the Django settings files read, by name, place and whether
 *     the read raises without them
 * @param wsgiEntries gunicorn application specs found in the sources ("mysite.wsgi", "app:app")
 * @param installInputs why the install reads more than the manifests (a requirement naming a
 *     file of the app, a project Poetry or uv installs); empty when it reads the manifests only
 * @param editable editable requirements ("-e .", "-e git+...")
 * @param forbiddenDirs committed folders the buildpack refuses (.heroku/python, .venv, venv)
 * @param collectstaticDisabledFile true when .heroku/collectstatic_disabled exists
 * @param packages every distribution the app installs
 * @param app the app these facts were read from, for rules that read the files they name
 *     (private index credentials)
 */
public record PythonFacts(
    List<String> managerFiles,
    Optional<List<Declared>> runtimeTxt,
    Optional<List<Declared>> pythonVersionFile,
    List<String> misspelledVersionFiles,
    Optional<Declared> pipfileLockVersion,
    Optional<Declared> requiresPython,
    boolean preCompile,
    boolean postCompile,
    Optional<String> managePy,
    List<Declared> nltkFile,
    boolean hasNltkFile,
    List<SettingsRead> settingsVariables,
    List<String> wsgiEntries,
    List<Declared> installInputs,
    List<Declared> editable,
    List<String> forbiddenDirs,
    boolean collectstaticDisabledFile,
    PythonPackages packages,
    AppDir app)
    implements EcosystemFacts {
  public static final String ID = "python";

  public PythonFacts {
    managerFiles = List.copyOf(managerFiles);
    misspelledVersionFiles = List.copyOf(misspelledVersionFiles);
    nltkFile = List.copyOf(nltkFile);
    settingsVariables = List.copyOf(settingsVariables);
    wsgiEntries = List.copyOf(wsgiEntries);
    installInputs = List.copyOf(installInputs);
    editable = List.copyOf(editable);
    forbiddenDirs = List.copyOf(forbiddenDirs);
  }

  @Override
  public String ecosystem() {
    return ID;
  }

  public boolean has(String file) {
    return managerFiles.contains(file);
  }
}
