package dev.unbuildpack.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.model.IgnoreEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The context and Dockerfile paths the written files use, from wherever --output puts them. */
class BuildContextTest {
  @Test
  void theAppItselfIsTheContextAndTheIgnoreFileIsDotDockerignore() {
    assertEquals(new BuildContext(".", "Dockerfile", ".dockerignore", ""),
        BuildContext.of(Path.of("/w/app"), Path.of("/w/app/.")));
  }

  @Test
  void aSiblingFolderPointsBackAtTheAppAndWritesTheIgnoreFileBesideTheDockerfile() {
    assertEquals(new BuildContext("../app", "../docker/Dockerfile", "Dockerfile.dockerignore", null),
        BuildContext.of(Path.of("/w/app"), Path.of("/w/docker")));
  }

  @Test
  void aFolderInsideTheAppKeepsTheWrittenFilesOutOfTheContext() {
    BuildContext inside = BuildContext.of(Path.of("/w/app"), Path.of("/w/app/deploy/docker"));
    assertEquals(new BuildContext("../..", "deploy/docker/Dockerfile", "Dockerfile.dockerignore",
        "deploy/docker"), inside);
    assertEquals(List.of("deploy/docker/Dockerfile", "deploy/docker/.dockerignore",
        "deploy/docker/Dockerfile.dockerignore", "deploy/docker/compose.yaml",
        "deploy/docker/unbuildpack-report.md"),
        DefaultIgnore.entries(inside).stream().map(IgnoreEntry::pattern).toList());
  }

  @Test
  void aLineBreakInAPathIsRefusedBeforeItReachesAComment() {
    assertThrows(BadInputException.class,
        () -> BuildContext.of(Path.of("/w/app"), Path.of("/w/out\nRUN x")));
  }
}
