package dev.unbuildpack.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.UsageException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardTest {
  private static List<String> paths(int count) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      paths.add("apps/app" + i);
    }
    return paths;
  }

  @Test
  void everyPathIsInExactlyOneShardAndTheShardsAreEven() {
    int n = 4;
    int[] sizes = new int[n];
    for (String path : paths(2000)) {
      int in = 0;
      for (int i = 1; i <= n; i++) {
        if (new Shard(i, n).includes(path)) {
          in++;
          sizes[i - 1]++;
        }
      }
      assertEquals(1, in, path);
    }
    for (int size : sizes) {
      assertTrue(size > 400 && size < 600, "uneven shards: " + java.util.Arrays.toString(sizes));
    }
  }

  @Test
  void slicesAreTheFirstEightBytesOfTheSha256OfThePathSoEveryRunnerAgrees() {
    // Values from an independent implementation (Python's hashlib): a CI runner with another
    // JVM, or a later unbuildpack, must put each app in the same shard.
    assertEquals(3, Shard.slice("apps/web", 8));
    assertEquals(7, Shard.slice("apps/api", 8));
    assertEquals(4, Shard.slice("services/worker", 8));
    assertTrue(new Shard(4, 8).includes("apps/web"));
  }

  @Test
  void parsesIOverNAndRefusesTheRest() {
    assertEquals(new Shard(2, 8), Shard.parse("2/8"));
    for (String bad : List.of("0/3", "4/3", "1/0", "a/b", "1", "-1/2", "1/2/3")) {
      assertThrows(UsageException.class, () -> Shard.parse(bad), bad);
    }
  }
}
