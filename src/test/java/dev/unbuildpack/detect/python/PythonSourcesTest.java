package dev.unbuildpack.detect.python;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.Declared;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Python detector reads from the sources as text: install inputs, settings, WSGI. */
class PythonSourcesTest {

  @Test
  void requirementsThatNameFilesOfTheAppAreInstallInputsAndUrlsAreNot() {
    String text = """
        -e .
        --editable=./libs/shared
        -e git+https://github.com/org/repo.git#egg=repo
        -r base.txt
        --constraint constraints.txt
        --find-links ./wheels
        --find-links https://example.com/wheels
        ./vendor/pkg-1.0-py3-none-any.whl
        flask==3.1.0 \\
            --hash=sha256:00
        requests @ https://example.com/requests.tar.gz
        # -e ./commented
        """;
    assertEquals(List.of("-e .", "--editable=./libs/shared", "-r base.txt",
            "--constraint constraints.txt", "--find-links ./wheels",
            "./vendor/pkg-1.0-py3-none-any.whl"),
        InstallInputs.requirements(text).stream().map(Declared::value).toList());
    assertEquals(List.of(1, 2, 4, 5, 6, 8), InstallInputs.requirements(text).stream()
        .map(d -> d.at().line()).toList());
    assertEquals(List.of("-e .", "--editable=./libs/shared",
            "-e git+https://github.com/org/repo.git#egg=repo"),
        InstallInputs.editable(text).stream().map(Declared::value).toList());
  }

  @Test
  void settingsReadsAreFoundWithTheirLinesAndCommentsAreNot() {
    List<SettingsRead> found = new ArrayList<>();
    SettingsVariables.scan("mysite/settings.py", """
        import os
        SECRET_KEY = os.environ["SECRET_KEY"]
        DEBUG = os.getenv('DEBUG', '0') == '1'
        # API = os.environ["NOT_READ"]
        DATABASES = {"default": dj_database_url.config(conn_max_age=600)}
        CACHE = env.str("REDIS_URL", default=None) or config("CACHE_URL")
        """, found);
    assertEquals(List.of("SECRET_KEY@2", "DEBUG@3", "DATABASE_URL@5", "REDIS_URL@6",
            "CACHE_URL@6"),
        found.stream().map(d -> d.name() + "@" + d.at().line()).toList());
  }

  @Test
  void onlyReadsWithoutADefaultAreRequired() {
    List<SettingsRead> found = new ArrayList<>();
    SettingsVariables.scan("settings.py", """
        X = os.environ.get("X", "d")
        Y = os.environ["Y"]
        A = os.getenv("A")
        B = env("B", default="b")
        C = env.bool("C", default=False)
        D = config("D", default="d")
        E = config("E", "e")
        F = env("F")
        G = config("G")
        H = config("H", cast=bool)
        I = env.str("I", multiline=True)
        DATABASES = {"default": env.db()}
        """, found);
    assertEquals(List.of("Y", "F", "G", "H", "I", "DATABASE_URL"),
        found.stream().filter(SettingsRead::required).map(SettingsRead::name).toList());
    assertEquals(List.of("X", "A", "B", "C", "D", "E"),
        found.stream().filter(read -> !read.required()).map(SettingsRead::name).toList());
  }

  @Test
  void gunicornEntriesComeFromDjangoWsgiModulesAndFlaskApps(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("mysite"));
    Files.writeString(dir.resolve("mysite/wsgi.py"),
        "from django.core.wsgi import get_wsgi_application\napplication = get_wsgi_application()\n");
    Files.writeString(dir.resolve("main.py"), "import flask\nserver = flask.Flask(__name__)\n");
    Files.writeString(dir.resolve("app.py"), "print('no app here')\n");
    assertEquals(List.of("mysite.wsgi", "main:server"), WsgiEntries.find(AppDir.open(dir)));
  }

  @Test
  void managePyIsTheShallowestUpToTwoFoldersDown(@TempDir Path dir) throws IOException {
    for (String path : List.of("b/manage.py", "a/x/manage.py", "a/x/y/manage.py")) {
      Files.createDirectories(dir.resolve(path).getParent());
      Files.writeString(dir.resolve(path), "");
    }
    assertEquals(List.of("b/manage.py", "a/x/manage.py"),
        SourceWalk.find(AppDir.open(dir), "manage.py", 2));
  }
}
