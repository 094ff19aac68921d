package dev.unbuildpack.report;

import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scenarios under fixtures/diff/: each has a.json and b.json (saved inventories). */
final class DiffScenarios {
  private DiffScenarios() {}

  static Path root() {
    return Golden.projectDir().resolve("fixtures/diff");
  }

  static List<Path> all() {
    try (Stream<Path> dirs = Files.list(root())) {
      List<Path> scenarios = dirs.filter(d -> Files.exists(d.resolve("a.json"))).sorted().toList();
      if (scenarios.isEmpty()) {
        throw new IllegalStateException("no scenario with a.json under " + root());
      }
      return scenarios;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diff command line for a scenario, comparing its two saved inventories. */
  static String[] diffArgs(Path scenario, String... more) {
    return Stream.concat(
            Stream.of("diff", "inventory:" + scenario.resolve("a.json"),
                "inventory:" + scenario.resolve("b.json")),
            Stream.of(more))
        .toArray(String[]::new);
  }
}
