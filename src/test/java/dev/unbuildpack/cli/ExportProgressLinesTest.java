package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportProgressLinesTest {
  @Test
  void oneLineAtTheStartPerStepAndAtTheEndEachNamingItsImage() {
    StringWriter out = new StringWriter();
    ExportProgressLines progress = new ExportProgressLines(new PrintWriter(out));
    progress.started("a:1");
    progress.started("b:1");
    for (long bytes = 1L << 20; bytes <= 600L << 20; bytes += 1L << 20) {
      progress.copied("a:1", bytes);
    }
    progress.copied("b:1", 1L << 20);
    progress.finished("b:1", 1L << 20, Duration.ofMillis(250));
    progress.finished("a:1", 600L << 20, Duration.ofMillis(8100));
    assertEquals(List.of(
        "Exporting a:1 from the Docker Engine",
        "Exporting b:1 from the Docker Engine",
        "  a:1: 256 MiB so far",
        "  a:1: 512 MiB so far",
        "Exported b:1: 1 MiB in 0.3 s",
        "Exported a:1: 600 MiB in 8.1 s"), out.toString().lines().toList());
  }
}
