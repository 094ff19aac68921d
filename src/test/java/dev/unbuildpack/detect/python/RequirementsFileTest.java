package dev.unbuildpack.detect.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unbuildpack.common.BadInputException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementsFileTest {

  private static RequirementsFile read(Map<String, String> files) {
    return new RequirementsFile(name -> Optional.ofNullable(files.get(name)))
        .read("requirements.txt");
  }

  private static PythonPackage only(RequirementsFile file, String name) {
    return file.packages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void continuationLinesHashesAndMarkersKeepTheFirstLine() {
    RequirementsFile file = read(Map.of("requirements.txt", """
        # comment
        psycopg2==2.9.10 \\
            --hash=sha256:abc \\
            --hash=sha256:def
        Django>=5.0,<6 ; python_version >= "3.10"  # trailing comment
        """));
    PythonPackage psycopg = only(file, "psycopg2");
    assertEquals("2.9.10", psycopg.version());
    assertEquals("requirements.txt:2", psycopg.at().toString());
    PythonPackage django = only(file, "django");
    assertEquals(null, django.version(), "a range is not a resolved version");
    assertEquals(5, django.at().line());
  }

  @Test
  void includesResolveFromTheIncludingFileAndConstraintsPinVersions() {
    RequirementsFile file = read(Map.of(
        "requirements.txt", "-r requirements/base.txt\n--constraint=constraints.txt\npyodbc\n",
        "requirements/base.txt", "-r common.txt\nFlask==3.1.1\n",
        "requirements/common.txt", "Pillow_SIMD[extra-a]==9.0\n",
        "constraints.txt", "pyodbc==5.2.0\nnot-installed==1.0\n"));
    assertEquals("requirements/common.txt:1", only(file, "pillow-simd").at().toString());
    assertEquals(List.of("extra-a"), only(file, "pillow-simd").extras());
    assertEquals("3.1.1", only(file, "flask").version());
    assertEquals("5.2.0", only(file, "pyodbc").version());
    assertFalse(file.packages().stream().anyMatch(p -> p.name().equals("not-installed")),
        "a constraints file pins versions but installs nothing");
  }

  @Test
  void includeCyclesEndAndMissingIncludesAreBadInputWithTheLine() {
    RequirementsFile cycle = read(Map.of("requirements.txt", "-r a.txt\nsix\n",
        "a.txt", "-r requirements.txt\nsix==1.17.0\n"));
    assertEquals(2, cycle.packages().size());
    BadInputException missing = assertThrows(BadInputException.class,
        () -> read(Map.of("requirements.txt", "flask\n-r missing.txt\n")));
    assertEquals("requirements.txt:2", missing.location().orElseThrow().toString());
    BadInputException outside = assertThrows(BadInputException.class,
        () -> read(Map.of("requirements.txt", "-r ../../etc/passwd\n")));
    assertEquals(1, outside.location().orElseThrow().line());
  }

  @Test
  void editableVcsAndUrlRequirementsAreSourcesAndNamePackages() {
    RequirementsFile file = read(Map.of("requirements.txt", """
        -e git+https://${GITHUB_TOKEN}@github.com/acme/auth.git@v1#egg=acme_auth
        -e .
        billing @ git+ssh://git@github.com/acme/billing.git
        https://files.example.com/wheels/Pillow-10.4.0-cp312-cp312-manylinux_2_28_x86_64.whl
        --extra-index-url https://pypi.acme.example/simple
        -i https://mirror.example/simple
        --find-links=https://wheels.example/
        --prefer-binary --trusted-host mirror.example
        """));
    assertEquals(List.of("acme-auth", "billing", "pillow"),
        file.packages().stream().map(PythonPackage::name).toList());
    assertEquals("10.4.0", only(file, "pillow").version());
    List<PackageSource.Kind> kinds = file.sources().stream().map(PackageSource::kind).toList();
    assertEquals(List.of(PackageSource.Kind.VCS, PackageSource.Kind.VCS, PackageSource.Kind.URL,
        PackageSource.Kind.EXTRA_INDEX, PackageSource.Kind.INDEX, PackageSource.Kind.FIND_LINKS),
        kinds);
  }

  @Test
  void linesPipRefusesAreBadInputNamingFileAndLine() {
    for (String bad : List.of("--no-such-option x", "flask ==", "flask===", "fla$k==1",
        "flask==1 --editable", "-r", "pkg[bad extra]==1")) {
      BadInputException e = assertThrows(BadInputException.class,
          () -> read(Map.of("requirements.txt", "six\n" + bad + "\n")), bad);
      assertEquals("requirements.txt:2", e.location().orElseThrow().toString(), bad);
    }
  }

  @Test
  void aCredentialInARefusedLineIsNotRepeatedInTheMessage() {
    BadInputException e = assertThrows(BadInputException.class, () -> read(Map.of(
        "requirements.txt", "six\n--bogus https://user:hunter2secret@host/simple\n")));
    assertEquals(2, e.location().orElseThrow().line());
    assertFalse((e.getMessage() + e.why().orElse("")).contains("hunter2secret"));
    assertFalse(String.valueOf(RequirementsFile.visible("x https://u:hunter2secret@h/"))
        .contains("hunter2secret"));
  }
}
