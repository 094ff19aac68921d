package dev.unbuildpack.cli;

import dev.unbuildpack.image.source.ExportProgress;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Export progress as lines on stderr, one at the start, one per {@link #STEP} saved and one at
 * the end of each image, so two exports running at once stay readable (each line names its
 * image) and a CI log is not flooded.
 */
final class ExportProgressLines implements ExportProgress {
  static final long STEP = 256L << 20;

  private final PrintWriter err;
  private final Map<String, Long> reported = new ConcurrentHashMap<>();

  ExportProgressLines(PrintWriter err) {
    this.err = err;
  }

  @Override
  public void started(String image) {
    print("Exporting " + image + " from the Docker Engine");
  }

  @Override
  public void copied(String image, long bytes) {
    long step = bytes / STEP;
    if (step > reported.getOrDefault(image, 0L)) {
      reported.put(image, step);
      print("  " + image + ": " + megabytes(bytes) + " so far");
    }
  }

  @Override
  public void finished(String image, long bytes, Duration took) {
    print(String.format(Locale.ROOT, "Exported %s: %s in %.1f s", image, megabytes(bytes),
        took.toMillis() / 1000.0));
  }

  private static String megabytes(long bytes) {
    return (bytes >> 20) + " MiB";
  }

  private synchronized void print(String line) {
    err.println(line);
    err.flush();
  }
}
