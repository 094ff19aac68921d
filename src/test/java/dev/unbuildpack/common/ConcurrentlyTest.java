package dev.unbuildpack.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ConcurrentlyTest {
  /** Each task waits until both have started: run one after the other, neither would return. */
  @Test
  void tasksRunAtTheSameTimeAndResultsKeepTheirOrder() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    Supplier<String> a = () -> awaitBoth(bothStarted, "a");
    Supplier<String> b = () -> awaitBoth(bothStarted, "b");
    assertEquals(List.of("a", "b"), Concurrently.all(List.of(a, b)));
  }

  private static String awaitBoth(CountDownLatch latch, String result) {
    latch.countDown();
    try {
      assertTrue(latch.await(10, TimeUnit.SECONDS), "the other task never started");
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
    return result;
  }

  @Test
  void theFirstFailureInTaskOrderIsThrownAsItWasAfterEveryTaskEnded() {
    BadInputException first = new BadInputException("A is bad", null, null, List.of());
    AtomicBoolean secondEnded = new AtomicBoolean();
    UnbuildpackException thrown = assertThrows(UnbuildpackException.class,
        () -> Concurrently.all(List.<Supplier<String>>of(
            () -> {
              throw first;
            },
            () -> {
              sleep(300);
              secondEnded.set(true);
              throw new EnvironmentException("B failed too", null, List.of(), null);
            })));
    assertSame(first, thrown);
    assertEquals(ExitCode.BAD_INPUT, thrown.exitCode());
    assertTrue(secondEnded.get(), "the other task ran to its end before the failure was thrown");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
