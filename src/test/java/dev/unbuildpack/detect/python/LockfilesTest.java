package dev.unbuildpack.detect.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unbuildpack.common.BadInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Pipfile.lock, poetry.lock and uv.lock as the package list's sources. */
class LockfilesTest {

  private static PythonPackages read(Map<String, String> files) {
    return PythonPackages.read(name -> Optional.ofNullable(files.get(name)));
  }

  private static List<String> names(PythonPackages packages) {
    return packages.packages().stream().map(p -> p.name() + (p.direct() ? "" : "*")).toList();
  }

  @Test
  void pipfileLockInstallsDefaultNotDevelopAndKnowsDirectFromPipfile() {
    PythonPackages packages = read(Map.of("Pipfile.lock", """
        {"_meta": {"sources": [{"name": "private", "url": "https://${USER}:${PASS}@pypi.acme.example/simple"}]},
         "default": {"Django": {"version": "==5.2.8"}, "asgiref": {"version": "==3.9.1"},
                     "acme": {"git": "https://github.com/acme/acme.git", "ref": "abc"}},
         "develop": {"dlib": {"version": "==19.24.6"}}}
        """, "Pipfile", "[packages]\ndjango = \"*\"\nacme = {git = \"x\"}\n"));
    assertEquals(List.of("django", "asgiref*", "acme"), names(packages));
    assertEquals("5.2.8", packages.find("django").orElseThrow().version());
    assertEquals("Pipfile.lock:2", packages.find("asgiref").orElseThrow().at().toString());
    assertEquals(List.of(PackageSource.Kind.VCS, PackageSource.Kind.INDEX),
        packages.sources().stream().map(PackageSource::kind).toList());
  }

  @Test
  void poetryLockKeepsTheMainGroupWithoutOptionalPackages() {
    PythonPackages packages = read(Map.of("poetry.lock", """
        [[package]]
        name = "Flask"
        version = "3.1.0"
        optional = false
        groups = ["main"]

        [[package]]
        name = "pytest"
        version = "8.3.4"
        groups = ["dev"]

        [[package]]
        name = "pycairo"
        version = "1.28.0"
        optional = true
        groups = ["main"]

        [[package]]
        name = "old-style"
        version = "1.0"
        category = "main"
        """, "pyproject.toml", "[tool.poetry.dependencies]\nflask = \"^3\"\n"));
    assertEquals(List.of("flask", "old-style*"), names(packages));
    assertEquals("poetry.lock:2", packages.find("flask").orElseThrow().at().toString());
    assertEquals("poetry.lock:19", packages.find("old-style").orElseThrow().at().toString());
  }

  @Test
  void uvLockWalksFromTheProjectWithItsExtrasAndWithoutGroups() {
    PythonPackages packages = read(Map.of("uv.lock", """
        version = 1

        [[package]]
        name = "app"
        version = "0.1.0"
        source = { virtual = "." }
        dependencies = [{ name = "psycopg", extra = ["binary"] }]

        [package.dev-dependencies]
        dev = [{ name = "pytest" }]

        [[package]]
        name = "psycopg"
        version = "3.2.9"
        source = { registry = "https://pypi.org/simple" }
        dependencies = [{ name = "typing-extensions" }]

        [package.optional-dependencies]
        binary = [{ name = "psycopg-binary" }]
        c = [{ name = "psycopg-c" }]

        [[package]]
        name = "psycopg-binary"
        version = "3.2.9"

        [[package]]
        name = "psycopg-c"
        version = "3.2.9"

        [[package]]
        name = "pytest"
        version = "8.3.4"

        [[package]]
        name = "typing-extensions"
        version = "4.15.0"
        """));
    assertEquals(List.of("psycopg", "psycopg-binary*", "typing-extensions*"), names(packages));
    assertEquals("uv.lock:13", packages.find("psycopg").orElseThrow().at().toString());
  }

  @Test
  void theBuildpacksOrderDecidesWhichListIsRead() {
    PythonPackages packages = read(Map.of("requirements.txt", "six==1.17.0\n",
        "uv.lock", "not toml at all ["));
    assertEquals("requirements.txt", packages.file());
    assertEquals(List.of("six"), names(packages));
  }

  @Test
  void malformedLockfilesAreBadInputWithFileAndLine() {
    BadInputException toml = assertThrows(BadInputException.class,
        () -> read(Map.of("poetry.lock", "[[package]]\nname = \"a\"\nversion = \n")));
    assertEquals("poetry.lock", toml.location().orElseThrow().file());
    assertEquals(3, toml.location().orElseThrow().line());
    BadInputException name = assertThrows(BadInputException.class,
        () -> read(Map.of("uv.lock", "[[package]]\nversion = \"1\"\n\n[[package]]\nname = \"-x-\"\n")));
    assertEquals("uv.lock:1", name.location().orElseThrow().toString());
    BadInputException json = assertThrows(BadInputException.class,
        () -> read(Map.of("Pipfile.lock", "{\"default\": {\"a\": {\"version\": 3}}}")));
    assertEquals("Pipfile.lock", json.location().orElseThrow().file());
    BadInputException shape = assertThrows(BadInputException.class,
        () -> read(Map.of("Pipfile.lock", "{\"default\": []}")));
    assertEquals("Pipfile.lock:1", shape.location().orElseThrow().toString());
  }

  @Test
  void pipConfIndexSettingsAreSources() {
    PythonPackages packages = read(Map.of(".pip/pip.conf", """
        [global]
        index-url = https://pypi.org/simple
        extra-index-url =
            https://a.example/simple
            https://b.example/simple
        """));
    assertEquals(List.of(".pip/pip.conf:2", ".pip/pip.conf:4", ".pip/pip.conf:5"),
        packages.sources().stream().map(s -> s.at().toString()).toList());
  }
}
