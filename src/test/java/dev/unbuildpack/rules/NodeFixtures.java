package dev.unbuildpack.rules;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Node.js scenario apps under fixtures/node/, each with its expected/ goldens. */
final class NodeFixtures {
  private NodeFixtures() {}

  static Path root() {
    return root("node");
  }

  /** The scenario apps of one ecosystem: fixtures/ECOSYSTEM/. */
  static Path root(String ecosystem) {
    return Golden.projectDir().resolve("fixtures").resolve(ecosystem);
  }

  static List<Path> all() {
    return all("node");
  }

  static List<Path> all(String ecosystem) {
    try (Stream<Path> dirs = Files.list(root(ecosystem))) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fixtures that detect without error (no expected/error.txt). */
  static Stream<Path> detectable() {
    return detectable("node");
  }

  static Stream<Path> detectable(String ecosystem) {
    return all(ecosystem).stream()
        .filter(dir -> !Files.exists(dir.resolve("expected/error.txt")));
  }

  static Stream<Path> failing() {
    return failing("node");
  }

  static Stream<Path> failing(String ecosystem) {
    return all(ecosystem).stream()
        .filter(dir -> Files.exists(dir.resolve("expected/error.txt")));
  }

  static String detectJson(Path app) {
    return Json.write(RuleEngine.builtIn().detect(AppDir.open(app)));
  }
}
