package dev.unbuildpack.rules;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.testing.Golden;
import dev.unbuildpack.testing.ScenarioFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario apps under fixtures/<ecosystem>/ and fixtures/multi/ (apps with several buildpacks),
 * each with its expected/ goldens.
 */
final class NodeFixtures {
  /** The folders of scenario apps: one per ecosystem, and one for several ecosystems at once. */
  static final List<String> FOLDERS = ScenarioFolders.names();

  private NodeFixtures() {}

  static Path root() {
    return root("node");
  }

  /** The scenario apps of one folder: fixtures/FOLDER/. */
  static Path root(String folder) {
    return Golden.projectDir().resolve("fixtures").resolve(folder);
  }

  /** Every scenario app of every folder. */
  static List<Path> all() {
    return FOLDERS.stream().flatMap(folder -> all(folder).stream()).toList();
  }

  static List<Path> all(String folder) {
    try (Stream<Path> dirs = Files.list(root(folder))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fixtures that detect without error (no expected/error.txt), of every folder. */
  static Stream<Path> detectable() {
    return all().stream().filter(dir -> !Files.exists(dir.resolve("expected/error.txt")));
  }

  static Stream<Path> detectable(String folder) {
    return all(folder).stream()
        .filter(dir -> !Files.exists(dir.resolve("expected/error.txt")));
  }

  static Stream<Path> failing() {
    return all().stream().filter(dir -> Files.exists(dir.resolve("expected/error.txt")));
  }

  static String detectJson(Path app) {
    return Json.write(RuleEngine.builtIn().detect(AppDir.open(app)));
  }
}
