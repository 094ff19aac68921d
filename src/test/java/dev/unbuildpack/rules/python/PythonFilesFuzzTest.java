package dev.unbuildpack.rules.python;

import static dev.unbuildpack.testing.ParserContract.holds;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.rules.RuleEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Fuzz tests of the Python files the detector and the rules read: the version files
 * (.python-version, runtime.txt), Pipfile.lock, pyproject.toml, requirements.txt, nltk.txt and a
 * Django settings file. Each input becomes that file of an otherwise valid app, which the whole
 * detection then reads, so a value that only fails when a rule uses it is found too. A plain
 * test run replays the inputs under PythonFilesFuzzTestInputs/; {@code -Pfuzz} fuzzes.
 */
class PythonFilesFuzzTest {
  private static final Map<String, String> BASE = Map.of(
      "requirements.txt", "flask==3.1.0\n", ".python-version", "3.13\n", "Procfile",
      "web: gunicorn app:app\n");

  @FuzzTest
  void pythonVersion(byte[] input) throws Exception {
    detect(".python-version", input, Map.of());
  }

  @FuzzTest
  void runtimeTxt(byte[] input) throws Exception {
    detect("runtime.txt", input, Map.of());
  }

  @FuzzTest
  void pipfileLock(byte[] input) throws Exception {
    detect("Pipfile.lock", input, Map.of("Pipfile", "[packages]\n"));
  }

  @FuzzTest
  void pyproject(byte[] input) throws Exception {
    detect("pyproject.toml", input, Map.of("uv.lock", "version = 1\n"));
  }

  @FuzzTest
  void requirements(byte[] input) throws Exception {
    detect("requirements.txt", input, Map.of("nltk.txt", "punkt\n"));
  }

  @FuzzTest
  void djangoSettings(byte[] input) throws Exception {
    detect("mysite/settings.py", input, Map.of("manage.py", "", "mysite/wsgi.py",
        "from django.core.wsgi import get_wsgi_application\n", "requirements.txt",
        "django==5.2\n"));
  }

  /** The app: BASE, then {@code extra}, then the fuzzed file; invalid UTF-8 is replaced. */
  private static void detect(String file, byte[] input, Map<String, String> extra)
      throws Exception {
    Path app = Files.createTempDirectory("python-fuzz");
    try {
      BASE.forEach((name, text) -> write(app, name, text.getBytes()));
      extra.forEach((name, text) -> write(app, name, text.getBytes()));
      write(app, file, input);
      holds(() -> RuleEngine.builtIn().detect(AppDir.open(app)));
    } finally {
      try (var paths = Files.walk(app)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static void write(Path app, String name, byte[] bytes) {
    try {
      Path path = app.resolve(name);
      Files.createDirectories(path.getParent());
      Files.write(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
