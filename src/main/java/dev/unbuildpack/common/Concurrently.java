package dev.unbuildpack.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs independent tasks at once, one thread each, and returns their results in order: reading
 * two images is mostly waiting for the engine's export, which two exports share well. Every task
 * runs to its end, so none leaves a half-written temporary file behind; then the first failure in
 * task order is thrown as it was thrown (an {@link UnbuildpackException} keeps its exit code).
 */
public final class Concurrently {
  private Concurrently() {}

  public static <T> List<T> all(List<Supplier<T>> tasks) {
    ExecutorService threads = Executors.newFixedThreadPool(Math.max(1, tasks.size()), task -> {
      Thread thread = new Thread(task, "unbuildpack-task");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<T>> futures = new ArrayList<>();
      tasks.forEach(task -> futures.add(threads.submit(task::get)));
      List<T> results = new ArrayList<>();
      RuntimeException firstFailure = null;
      for (Future<T> future : futures) {
        try {
          results.add(future.get());
        } catch (ExecutionException e) {
          if (firstFailure == null) {
            firstFailure = asRuntime(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          futures.forEach(f -> f.cancel(true));
          throw new CancellationException("interrupted");
        }
      }
      if (firstFailure != null) {
        throw firstFailure;
      }
      return results;
    } finally {
      threads.shutdown();
    }
  }

  private static RuntimeException asRuntime(Throwable cause) {
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }
}
