package dev.unbuildpack.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.model.Process;
import dev.unbuildpack.testing.TwoEcosystems;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan of an app whose buildpacks are Node.js, then another ecosystem. */
class MultiEcosystemPlanTest {
  private static BuildPlan plan(List<Process> processes) {
    return Planner.plan(TwoEcosystems.nodeThenSample(processes), PlanOptions.defaults());
  }

  private static List<String> commands(List<PlanStep> steps) {
    return steps.stream().map(PlanStep::command).toList();
  }

  @Test
  void theLastBuildpackGivesTheImagesWhenTheWebProcessRunsItsRuntime() {
    BuildPlan plan = plan(List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1")));
    assertEquals("sample", plan.ecosystem().id());
    assertEquals("sample:3.13.1-trixie", plan.build().image().reference());
    assertEquals("sample:3.13.1-slim-trixie", plan.runtime().image().reference());
    assertEquals(List.of("node", "sample"), plan.ecosystems().stream().map(e -> e.id()).toList());
  }

  @Test
  void theOtherRuntimeIsCopiedIntoTheBuildStageFromItsOfficialImageAtItsExactVersion() {
    BuildPlan plan = plan(List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1")));
    assertEquals(1, plan.buildCopies().size());
    RuntimeCopy node = plan.buildCopies().get(0);
    assertEquals("node:24.22.3-trixie-slim", node.image().reference());
    assertEquals(List.of("/usr/local/bin/node", "/usr/local/lib/node_modules/npm",
        "/usr/local/include/node"), node.paths());
    assertEquals("../lib/node_modules/npm/bin/npm-cli.js", node.links().get("/usr/local/bin/npm"));
  }

  @Test
  void theRuntimeStageTakesTheOtherRuntimeOnlyWhenAProcessCallsIt() {
    assertEquals(List.of(), plan(List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1")))
        .runtimeCopies());
    BuildPlan worker = plan(List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1"),
        new Process("worker", "cd jobs && node worker.js", "Procfile:2")));
    assertEquals(1, worker.runtimeCopies().size());
    RuntimeCopy node = worker.runtimeCopies().get(0);
    assertFalse(node.paths().contains("/usr/local/include/node"), "headers are for builds only");
    assertTrue(node.why().contains("worker"), node.why());
    BuildPlan release = plan(List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1"),
        new Process("release", "npx prisma migrate deploy", "Procfile:2")));
    assertEquals(1, release.runtimeCopies().size(), "the release phase runs in the image too");
  }

  @Test
  void theWebProcessOwnerIsThePrimaryEvenWhenItsBuildpackRunsFirst() {
    BadInputException refused = assertThrows(BadInputException.class,
        () -> plan(List.of(new Process("web", "npm start", "Procfile:1"))));
    assertTrue(refused.getMessage().contains("cannot copy the sample runtime into the node image"),
        refused.getMessage());
  }

  @Test
  void eachEcosystemInstallsFromItsManifestsBeforeTheSourcesAndBuildsInHerokusOrder() {
    BuildPlan plan = plan(List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1")));
    assertEquals(2, plan.dependencies().size());
    DependencyGroup node = plan.dependencies().get(0);
    DependencyGroup sample = plan.dependencies().get(1);
    assertEquals(List.of("package.json", "package-lock.json"), node.manifests());
    assertEquals(List.of("npm ci"), commands(node.steps()));
    assertEquals(List.of("requirements.txt"), sample.manifests());
    assertEquals(List.of("pip install -r requirements.txt"), commands(sample.steps()));
    assertEquals(List.of("npm run build", "npm prune", "python manage.py collectstatic --noinput"),
        commands(plan.sourceSteps()));
  }

  @Test
  void anEarlierBuildpacksExportIsForTheLaterBuildpacksOnly() {
    BuildPlan plan = plan(List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1")));
    assertEquals(List.of("node"), List.copyOf(plan.exports().keySet()));
    assertEquals(List.of("NODE_HOME", "PATH"),
        plan.exports().get("node").stream().map(EnvSetting::name).toList());
    assertTrue(plan.runtime().env().stream().noneMatch(e -> e.name().equals("NODE_HOME")),
        "an export file is read by later buildpacks, never by the running app");
  }

  @Test
  void theRuntimeStageCreatesTheUserWhenTheImageHasNone() {
    BuildPlan plan = plan(List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1")));
    assertEquals(new RunUser("app", 1000, true), plan.user());
    assertEquals("/app", plan.workdir());
  }

  @Test
  void aSingleEcosystemAppHasOneGroupNoCopyAndNoExport() {
    BuildPlan plan = Planner.plan(dev.unbuildpack.testing.SampleDetections.expressNpm(),
        PlanOptions.defaults());
    assertEquals(1, plan.dependencies().size());
    assertEquals(List.of(), plan.buildCopies());
    assertEquals(List.of(), plan.runtimeCopies());
    assertTrue(plan.exports().isEmpty());
    assertFalse(plan.user().create());
    assertNull(plan.dependencies().get(0).manifestsSkippedBecause());
  }

  @Test
  void theImageMapRewritesTheImageARuntimeIsCopiedFrom() {
    ImageMap map = ImageMap.parse("node:*-trixie-slim = mirror.example/node:*-slim\n", "map");
    BuildPlan plan = Planner.plan(TwoEcosystems.sampleWeb(), new PlanOptions(map, null));
    RuntimeCopy node = plan.buildCopies().get(0);
    assertEquals("mirror.example/node:24.22.3-slim", node.image().reference());
    assertEquals("node:24.22.3-trixie-slim", node.image().original());
  }
}
