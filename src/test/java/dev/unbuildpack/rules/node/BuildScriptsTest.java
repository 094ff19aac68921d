package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildScriptsTest {
  @Test
  void scriptsCalledThroughEachPackageManagerAndRunAllAreFound() {
    assertEquals(List.of("build", "db:migrate"),
        BuildScripts.called("npm run build && npm run db:migrate"));
    assertEquals(List.of("build", "db:migrate"),
        BuildScripts.called("yarn build; yarn run --silent db:migrate"));
    assertEquals(List.of("build"), BuildScripts.called("pnpm --filter web run build"));
    assertEquals(List.of("build", "upload"), BuildScripts.called("run-s build upload"));
    assertEquals(List.of(), BuildScripts.called("node scripts/build.js --minify"));
    assertEquals(List.of("build"), BuildScripts.called("yarn --silent build"));
    assertEquals(List.of("a", "b"), BuildScripts.called("(npm run a)&&yarn run b"));
  }

  /** Commands come from the app: a long run of flags is read in linear time, not backtracked. */
  @Test
  void hostileCommandsAreScannedQuickly() {
    String flags = "npm " + "--a ".repeat(20_000) + "&";
    String dashes = "npm " + "-- ".repeat(20_000);
    assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
      assertEquals(List.of(), BuildScripts.called(flags));
      assertEquals(List.of(), BuildScripts.called(dashes));
    });
  }
}
