package dev.unbuildpack.survey;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Surveys apps on {@code jobs} threads. The rows come back sorted by path whatever the number of
 * jobs or the order apps finish in, so two runs over the same apps print the same report.
 */
public final class Survey {
  /** Told of each app as it finishes, on the thread that surveyed it. */
  public interface Progress {
    void started(int apps);

    void finished(AppRow row);

    static Progress none() {
      return new Progress() {
        @Override
        public void started(int apps) {}

        @Override
        public void finished(AppRow row) {}
      };
    }
  }

  private Survey() {}

  public static List<AppRow> run(
      List<FoundApp> apps, AppSurveyor surveyor, int jobs, Progress progress) {
    progress.started(apps.size());
    List<AppRow> rows = new ArrayList<>(apps.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), task -> {
      Thread thread = new Thread(task, "survey");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<AppRow>> pending = new ArrayList<>(apps.size());
      for (FoundApp app : apps) {
        pending.add(pool.submit(() -> {
          AppRow row = surveyor.survey(app);
          progress.finished(row);
          return row;
        }));
      }
      for (Future<AppRow> row : pending) {
        rows.add(row.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while surveying", e);
    } catch (ExecutionException e) {
      // AppSurveyor turns every problem into a row; only an Error gets here.
      throw new IllegalStateException("surveying failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    rows.sort(Comparator.comparing(AppRow::path));
    return rows;
  }

  /**
   * A path as reports show it: relative to the working directory when inside it ("." for it),
   * else absolute; '/' separated, so shards hash the same path on every runner.
   */
  public static String shown(Path path) {
    Path cwd = Path.of("").toAbsolutePath().normalize();
    Path absolute = path.toAbsolutePath().normalize();
    Path shown = absolute.startsWith(cwd) ? cwd.relativize(absolute) : absolute;
    String text = shown.toString().replace(java.io.File.separatorChar, '/');
    return text.isEmpty() ? "." : text;
  }
}
