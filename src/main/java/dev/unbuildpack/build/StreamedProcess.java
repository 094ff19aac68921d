package dev.unbuildpack.build;

import dev.unbuildpack.common.EnvironmentException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs an external program, hands each line it writes (stdout and stderr merged, in order) to a
 * consumer on the calling thread, and kills it with its children when it outlives its timeout.
 */
final class StreamedProcess {
  private StreamedProcess() {}

  /** The program's exit code; an {@link EnvironmentException} when it cannot start or times out. */
  static int run(
      List<String> command, Map<String, String> env, Consumer<String> lines, Duration timeout) {
    Process process = start(command, env);
    AtomicBoolean timedOut = new AtomicBoolean();
    CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS)
        .execute(() -> {
          if (process.isAlive()) {
            timedOut.set(true);
            kill(process);
          }
        });
    try {
      pump(process, lines);
      int exit = process.waitFor();
      if (timedOut.get()) {
        throw timeout(command, timeout);
      }
      return exit;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      kill(process);
      throw new IllegalStateException("interrupted while running " + command.get(0), e);
    } finally {
      kill(process);
    }
  }

  private static Process start(List<String> command, Map<String, String> env) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    try {
      return builder.start();
    } catch (IOException e) {
      throw new EnvironmentException(
          "Cannot run " + command.get(0),
          e.getMessage(),
          List.of("Check that " + command.get(0) + " exists and is executable."),
          e);
    }
  }

  private static void pump(Process process, Consumer<String> lines) {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.accept(line);
      }
    } catch (IOException e) {
      // A killed process closes its pipe under the reader; the timeout check reports that case.
      if (process.isAlive()) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  /** "90 s" for whole seconds, else "1500 ms". */
  static String describe(Duration duration) {
    return duration.toMillis() % 1000 != 0
        ? duration.toMillis() + " ms"
        : duration.toSeconds() + " s";
  }

  private static EnvironmentException timeout(List<String> command, Duration timeout) {
    return new EnvironmentException(
        command.get(0) + " did not finish within " + describe(timeout) + " and was stopped",
        String.join(" ", command.subList(0, Math.min(3, command.size()))) + " ...",
        List.of("Check that the Docker Engine and the network are responsive, then retry."),
        null);
  }
}
