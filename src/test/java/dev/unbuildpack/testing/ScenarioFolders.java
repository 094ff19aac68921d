package dev.unbuildpack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folders of scenario apps under fixtures/: one per ecosystem (node, python, ...) and multi/
 * for apps with several buildpacks. Found on disk, so a new ecosystem's fixtures are converted and
 * compared with their goldens as soon as its folder exists.
 */
public final class ScenarioFolders {
  /** Fixture folders that hold something other than scenario apps with expected/ goldens. */
  private static final Set<String> NOT_SCENARIOS = Set.of("check", "diff", "hostile", "rootfs");

  private ScenarioFolders() {}

  /** The scenario folders' names, sorted: "multi", "node", "python", ... */
  public static List<String> names() {
    try (Stream<Path> dirs = Files.list(Golden.projectDir().resolve("fixtures"))) {
      return dirs.filter(Files::isDirectory)
          .map(dir -> dir.getFileName().toString())
          .filter(name -> !NOT_SCENARIOS.contains(name))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
