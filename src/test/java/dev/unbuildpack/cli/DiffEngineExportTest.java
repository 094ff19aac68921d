package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.DockerEngineSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code diff docker:A docker:B} exports both images from the engine and says how it goes. */
class DiffEngineExportTest {
  private static final String A = "unbuildpack-test/bookworm:latest";
  private static final String B = "unbuildpack-test/node-standin:24.22.3";

  @Test
  void bothExportsReportTheirStartAndEnd() {
    DockerEngineSupport.requireEngine();
    CliRun run = CliRun.of("diff", "docker:" + A, "docker:" + B);
    assertEquals(0, run.exitCode(), run.err());
    List<String> lines = run.err().lines().toList();
    for (String image : List.of(A, B)) {
      assertTrue(lines.contains("Exporting " + image + " from the Docker Engine"), run.err());
      assertTrue(lines.stream().anyMatch(l -> l.matches("Exported " + image.replace(".", "\\.")
          + ": [0-9]+ MiB in [0-9.]+ s")), run.err());
    }
    assertTrue(run.out().contains("node"), "the diff itself is printed: " + run.out());
  }
}
