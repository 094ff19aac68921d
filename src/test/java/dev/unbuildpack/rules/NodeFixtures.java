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

/**
 * The scenario apps under fixtures/node/ and fixtures/multi/ (apps with several buildpacks), each
 * with its expected/ goldens.
 */
final class NodeFixtures {
  /** The folders of scenario apps, by ecosystem, and for several ecosystems at once. */
  static final List<String> FOLDERS = List.of("node", "multi");

  private NodeFixtures() {}

  static Path root() {
    return Golden.projectDir().resolve("fixtures/node");
  }

  static List<Path> all() {
    return FOLDERS.stream().flatMap(folder -> {
      try (Stream<Path> dirs = Files.list(Golden.projectDir().resolve("fixtures").resolve(folder))) {
        return dirs.filter(Files::isDirectory).sorted().toList().stream();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  /** Fixtures that detect without error (no expected/error.txt). */
  static Stream<Path> detectable() {
    return all().stream().filter(dir -> !Files.exists(dir.resolve("expected/error.txt")));
  }

  static Stream<Path> failing() {
    return all().stream().filter(dir -> Files.exists(dir.resolve("expected/error.txt")));
  }

  static String detectJson(Path app) {
    return Json.write(RuleEngine.builtIn().detect(AppDir.open(app)));
  }
}
