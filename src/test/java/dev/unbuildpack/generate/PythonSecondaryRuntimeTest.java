package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.SystemPackage;
import dev.unbuildpack.plan.BuildPlan;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.plan.Planner;
import dev.unbuildpack.plan.RuntimeCopy;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Node.js web app whose release step runs Python, Python's buildpack listed first: Python is
 * copied into the Node.js images from python:<exact>-slim-<release>, its paths named after the
 * version's major.minor, with the libraries its extension modules load in the runtime stage.
 */
class PythonSecondaryRuntimeTest {
  private static final Path FIXTURE = Path.of(System.getProperty("unbuildpack.projectDir", "."))
      .resolve("fixtures/multi/node-web-python-release");

  private static Detection detection() {
    return RuleEngine.builtIn().detect(AppDir.open(FIXTURE));
  }

  @Test
  void pythonIsCopiedIntoBothStagesWithPathsOfItsMajorMinor() {
    BuildPlan plan = Planner.plan(detection(), PlanOptions.defaults());
    assertEquals("node", plan.ecosystem().id());
    RuntimeCopy build = plan.buildCopies().get(0);
    assertEquals("python:3.11.16-slim-trixie", build.image().reference());
    assertTrue(build.paths().contains("/usr/local/lib/python3.11"), build.paths().toString());
    assertTrue(build.paths().contains("/usr/local/include/python3.11"), "headers for builds");
    assertEquals("python3.11", build.links().get("/usr/local/bin/python3"));
    assertEquals(List.of(), build.packages(), "the build image has the libraries");
    RuntimeCopy run = plan.runtimeCopies().get(0);
    assertFalse(run.paths().contains("/usr/local/include/python3.11"));
    assertTrue(run.why().contains("release"), run.why());
    assertTrue(run.packages().contains("libssl3t64"), run.packages().toString());
  }

  /**
   * The copied runtime's image follows the release lists detection uses: a user's refreshed
   * list (newer than the shipped one) that publishes this Python for bookworm only moves the
   * copy to python:<v>-slim-bookworm, as it would move the base images of a Python app.
   */
  @Test
  void theCopiedRuntimesReleaseFollowsTheUsersRefreshedReleaseList(@TempDir Path data)
      throws IOException {
    Path list = data.resolve("rules/python/data/image-releases.toml");
    Files.createDirectories(list.getParent());
    Files.writeString(list, """
        image = "python"
        line = "minor"
        tags = ["{version}-{release}", "{version}-slim-{release}"]
        date = "2099-01-01"

        [[release]]
        name = "bookworm"
        versions = ["3.11.16"]
        """);
    String property = "unbuildpack.dataDir";
    String before = System.getProperty(property);
    System.setProperty(property, data.toString());
    try {
      BuildPlan plan = Planner.plan(detection(), PlanOptions.defaults());
      assertEquals("python:3.11.16-slim-bookworm", plan.buildCopies().get(0).image().reference());
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
  }

  @Test
  void theRuntimeStageInstallsTheLibrariesOfTheCopiedPythonOnce() {
    BuildPlan plan = Planner.plan(detection(), PlanOptions.defaults());
    List<String> names = plan.runtime().packages().stream().map(SystemPackage::name).toList();
    assertTrue(names.containsAll(List.of("libffi8", "libsqlite3-0", "libssl3t64", "zlib1g")),
        names.toString());
    assertEquals(names.stream().distinct().count(), names.size(), names.toString());
  }

  @Test
  void theDockerfileCopiesPythonThenRecreatesItsLinks() {
    String dockerfile = Conversion.of(detection(), PlanOptions.defaults(),
        RuleDescriptions.of(RuleSet.builtIn())).files().get(Conversion.DOCKERFILE);
    String runtime = dockerfile.substring(dockerfile.indexOf("AS runtime"));
    assertTrue(runtime.contains("COPY --from=python:3.11.16-slim-trixie /usr/local/bin/python3.11"
        + " /usr/local/bin/python3.11\n"), runtime);
    assertTrue(runtime.contains("ln -s python3.11 /usr/local/bin/python3"), runtime);
    assertTrue(runtime.indexOf("ln -s python3.11") < runtime.indexOf("apt-get install"), runtime);
  }
}
