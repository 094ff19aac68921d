package dev.unbuildpack.detect.python;

import static dev.unbuildpack.testing.ParserContract.holds;
import static dev.unbuildpack.testing.ParserContract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzz tests of the Python package lists: requirements.txt (with a second file it may include),
 * Pipfile.lock, poetry.lock, uv.lock and pip.conf. Each reads the file as the detector does and
 * then asks what the rules ask of every package and source. A plain test run replays the inputs
 * under PythonPackageListsFuzzTestInputs/; {@code -Pfuzz} fuzzes.
 */
class PythonPackageListsFuzzTest {

  @FuzzTest
  void requirementsTxt(byte[] input) throws Exception {
    // The same text is also every file it includes, so includes and cycles are reached.
    String text = text(input);
    Map<String, String> files = new HashMap<>();
    files.put("requirements.txt", text);
    files.put("base.txt", text);
    files.put("requirements/base.txt", text);
    read(files);
  }

  @FuzzTest
  void pipfileLock(byte[] input) throws Exception {
    read(Map.of("Pipfile.lock", text(input), "Pipfile", "[packages]\nflask = \"*\"\n"));
  }

  @FuzzTest
  void poetryLock(byte[] input) throws Exception {
    read(Map.of("poetry.lock", text(input)));
  }

  @FuzzTest
  void uvLock(byte[] input) throws Exception {
    read(Map.of("uv.lock", text(input)));
  }

  /** pyproject.toml as Poetry and uv read it beside their locks. */
  @FuzzTest
  void pyprojectToml(byte[] input) throws Exception {
    read(Map.of("uv.lock", "version = 1\n", "pyproject.toml", text(input)));
    read(Map.of("poetry.lock", "", "pyproject.toml", text(input)));
  }

  @FuzzTest
  void pipConf(byte[] input) throws Exception {
    List<PackageSource> sources = new ArrayList<>();
    holds(() -> PipConf.read(".pip/pip.conf", text(input), sources));
  }

  private static void read(Map<String, String> files) throws Exception {
    holds(() -> {
      PythonPackages packages = PythonPackages.read(name -> Optional.ofNullable(files.get(name)));
      for (PythonPackage pkg : packages.packages()) {
        pkg.described();
        packages.find(pkg.name());
      }
      packages.sources().forEach(source -> source.at().toString());
    });
  }
}
