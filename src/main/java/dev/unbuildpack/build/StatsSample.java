package dev.unbuildpack.build;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.MemoryStatsConfig;
import com.github.dockerjava.api.model.Statistics;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/** One sample of a container's stats; keeps the memory figure {@code docker stats} shows. */
final class StatsSample extends ResultCallback.Adapter<Statistics> {
  private volatile Long memory;

  @Override
  public void onNext(Statistics stats) {
    MemoryStatsConfig mem = stats.getMemoryStats();
    if (mem == null || mem.getUsage() == null) {
      return;
    }
    memory = mem.getUsage() - cache(mem.getStats() == null ? null : mem.getStats().getCache());
  }

  private static long cache(Long cache) {
    return cache == null ? 0 : cache;
  }

  OptionalLong await(Duration timeout) {
    try {
      awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Long value = memory;
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

}
