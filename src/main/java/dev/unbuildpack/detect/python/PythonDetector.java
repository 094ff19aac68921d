package dev.unbuildpack.detect.python;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.Detector;
import dev.unbuildpack.detect.StructuredFile;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Python: the classic buildpack's bin/detect passes when any of its project files is present. */
public final class PythonDetector implements Detector {
  /** bin/detect's KNOWN_PYTHON_PROJECT_FILES; a trailing "/" marks a folder. */
  private static final List<String> MARKERS = List.of(".python-version", "__init__.py", "app.py",
      "main.py", "manage.py", "pdm.lock", "Pipfile", "Pipfile.lock", "poetry.lock",
      "pyproject.toml", "requirements.txt", "runtime.txt", "server.py", "setup.cfg", "setup.py",
      "uv.lock", "requeriments.txt", "requirement.txt", "requirements", "requirements.text",
      "Requirements.txt", "requirements.txt.txt", "requirments.txt", "__pycache__/", ".venv/",
      "venv/");
  /** lib/package_manager.sh's checks, in its order, and the files that explain a refusal. */
  private static final List<String> MANAGER_FILES = List.of("Pipfile.lock", "Pipfile",
      "requirements.txt", "poetry.lock", "uv.lock", "setup.py", "pyproject.toml");
  /** The pattern the buildpack records version-file look-alikes with (find -iregex). */
  private static final Pattern VERSION_LOOKALIKE =
      Pattern.compile("(?i).*python.?version.*");
  private static final String LOCK_FIX = "Run 'pipenv lock' to regenerate Pipfile.lock.";
  private static final String PYPROJECT_FIX =
      "Fix the TOML at that position; 'python -c \"import tomllib; tomllib.load(open('pyproject.toml','rb'))\"' reports the same error.";

  @Override
  public String id() {
    return PythonFacts.ID;
  }

  @Override
  public int priority() {
    return 200;
  }

  @Override
  public List<String> markers() {
    return List.of("requirements.txt", "Pipfile", "Pipfile.lock", "poetry.lock", "uv.lock",
        "pyproject.toml", "setup.py", ".python-version", "runtime.txt", "manage.py", "app.py");
  }

  @Override
  public boolean detects(AppDir app) {
    return MARKERS.stream().anyMatch(m -> m.endsWith("/")
        ? app.isDirectory(m.substring(0, m.length() - 1)) : app.isFile(m) || app.isDirectory(m));
  }

  @Override
  public PythonFacts facts(AppDir app) {
    List<String> managerFiles = MANAGER_FILES.stream().filter(app::isFile).toList();
    Optional<StructuredFile> pipfileLock = app.read("Pipfile.lock")
        .map(text -> StructuredFile.json("Pipfile.lock", text, LOCK_FIX));
    Optional<String> pyprojectText = app.read("pyproject.toml");
    Optional<TomlFile> pyproject = pyprojectText
        .map(text -> TomlFile.parse("pyproject.toml", text, PYPROJECT_FIX));
    Optional<String> requirements = app.read(InstallInputs.REQUIREMENTS);
    List<Declared> inputs = new ArrayList<>();
    requirements.ifPresent(text -> inputs.addAll(InstallInputs.requirements(text)));
    pipfileLock.ifPresent(lock -> inputs.addAll(InstallInputs.pipfileLock(lock.root())));
    String manager = managerFiles.contains("poetry.lock") ? "poetry"
        : managerFiles.contains("uv.lock") ? "uv" : "";
    pyproject.flatMap(p -> InstallInputs.project(manager, p, pyprojectText.orElseThrow()))
        .ifPresent(inputs::add);
    Optional<String> nltk = app.read("nltk.txt");
    return new PythonFacts(
        managerFiles,
        app.read("runtime.txt").map(text -> HerokuFiles.lines("runtime.txt", text)),
        app.read(".python-version").map(text -> HerokuFiles.lines(".python-version", text)),
        app.list(".").stream().filter(name -> !name.equals(".python-version"))
            .filter(name -> VERSION_LOOKALIKE.matcher(name).matches()).toList(),
        pipfileLock.flatMap(PythonDetector::lockedVersion),
        pyproject.flatMap(p -> requiresPython(p.root(), pyprojectText.orElseThrow())),
        app.isFile("bin/pre_compile"),
        app.isFile("bin/post_compile"),
        SourceWalk.find(app, "manage.py", 2).stream().findFirst(),
        nltk.map(text -> HerokuFiles.lines("nltk.txt", text)).orElse(List.of()),
        nltk.isPresent(),
        SettingsVariables.find(app),
        WsgiEntries.find(app),
        inputs,
        requirements.map(InstallInputs::editable).orElse(List.of()),
        forbiddenDirs(app),
        app.isFile(".heroku/collectstatic_disabled"),
        PythonPackages.read(app),
        app);
  }

  /** _meta.requires.python_full_version, else python_version, as the buildpack's jq reads it. */
  private static Optional<Declared> lockedVersion(StructuredFile lock) {
    for (String key : List.of("python_full_version", "python_version")) {
      String pointer = "/_meta/requires/" + key;
      JsonNode value = lock.at(pointer);
      if (!value.isMissingNode() && !value.isNull()) {
        return Optional.of(new Declared(value.isTextual() ? value.asText() : value.toString(),
            lock.location(pointer)));
      }
    }
    return Optional.empty();
  }

  private static Optional<Declared> requiresPython(JsonNode pyproject, String text) {
    JsonNode value = pyproject.path("project").path("requires-python");
    return value.isTextual() ? Optional.of(new Declared(value.asText(),
        Location.of("pyproject.toml",
            InstallInputs.lineOf(text, "requires-python")))) : Optional.empty();
  }

  private static List<String> forbiddenDirs(AppDir app) {
    List<String> found = new ArrayList<>();
    if (app.isDirectory(".heroku/python") || app.isFile(".heroku/python")) {
      found.add(".heroku/python");
    }
    for (String venv : List.of(".venv", "venv")) {
      if (app.isFile(venv + "/pyvenv.cfg")) {
        found.add(venv);
      }
    }
    return found;
  }
}
