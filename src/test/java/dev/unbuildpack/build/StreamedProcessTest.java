package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.EnvironmentException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamedProcessTest {
  @Test
  void passesStdoutAndStderrLinesInOrderAndReturnsTheExitCode() {
    List<String> lines = new ArrayList<>();

    int exit = StreamedProcess.run(
        List.of("sh", "-c", "echo one; echo two >&2; echo \"$GREETING\"; exit 3"),
        Map.of("GREETING", "three"), lines::add, Duration.ofSeconds(30));

    assertEquals(3, exit);
    assertEquals(List.of("one", "two", "three"), lines);
  }

  @Test
  void killsAProgramThatOutlivesItsTimeout() {
    long start = System.nanoTime();

    EnvironmentException e = assertThrows(EnvironmentException.class, () -> StreamedProcess.run(
        List.of("sh", "-c", "sleep 60"), Map.of(), line -> {}, Duration.ofMillis(500)));

    assertEquals("sh did not finish within 500 ms and was stopped", e.title());
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 20);
  }

  @Test
  void aProgramThatCannotStartIsAnEnvironmentProblem() {
    EnvironmentException e = assertThrows(EnvironmentException.class, () -> StreamedProcess.run(
        List.of("/nonexistent/docker"), Map.of(), line -> {}, Duration.ofSeconds(5)));

    assertEquals("Cannot run /nonexistent/docker", e.title());
  }
}
