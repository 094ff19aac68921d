package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  }
}
