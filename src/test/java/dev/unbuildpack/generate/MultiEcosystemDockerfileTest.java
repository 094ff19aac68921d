package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.model.Process;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.testing.TwoEcosystems;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The files of an app whose buildpacks are Node.js, then another ecosystem. */
class MultiEcosystemDockerfileTest {
  private static Conversion convert(List<Process> processes) {
    return Conversion.of(TwoEcosystems.nodeThenSample(processes), PlanOptions.defaults(),
        RuleDescriptions.of(RuleSet.builtIn()));
  }

  private static final List<Process> WEB =
      List.of(new Process("web", "gunicorn app.wsgi", "Procfile:1"));

  private static String stage(String dockerfile, String name) {
    int from = dockerfile.indexOf(" AS " + name + "\n");
    int next = dockerfile.indexOf("\nFROM ", from);
    return dockerfile.substring(dockerfile.lastIndexOf("\nFROM ", from),
        next < 0 ? dockerfile.length() : next);
  }

  @Test
  void theGeneratedFilesAreFaithfulToThePlan() {
    GeneratedStructure.assertFaithful(convert(WEB));
    GeneratedStructure.assertFaithful(convert(List.of(WEB.get(0),
        new Process("worker", "node worker.js", "Procfile:2"))));
  }

  @Test
  void theBuildStageCopiesNodeAndRecreatesItsLinksBeforeAnyStep() {
    String build = stage(convert(WEB).files().get(Conversion.DOCKERFILE), "build");
    assertTrue(build.startsWith("\nFROM sample:3.13.1-trixie AS build\n"), build);
    String copies = """
        COPY --from=node:24.22.3-trixie-slim /usr/local/bin/node /usr/local/bin/node
        COPY --from=node:24.22.3-trixie-slim /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
        COPY --from=node:24.22.3-trixie-slim /usr/local/include/node /usr/local/include/node
        RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \\
         && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx
        """;
    assertTrue(build.contains(copies), build);
    assertTrue(build.indexOf(copies) < build.indexOf("npm ci"), build);
  }

  @Test
  void theNodeExportComesAfterTheNodeStepsAndBeforeTheLaterBuildpacksSteps() {
    String build = stage(convert(WEB).files().get(Conversion.DOCKERFILE), "build");
    int export = build.indexOf("ENV NODE_HOME=/usr/local \\\n    PATH=$PATH:/app/node_modules/.bin");
    assertTrue(export > build.indexOf("npm prune"), build);
    assertTrue(export < build.indexOf("collectstatic"), build);
    assertTrue(build.indexOf("pip install") < build.indexOf("COPY . ."),
        "each ecosystem installs from its manifests before the sources");
    assertTrue(build.indexOf("npm run build") < build.indexOf("collectstatic"));
  }

  @Test
  void theRuntimeStageHasNodeOnlyWhenAProcessCallsIt() {
    String alone = stage(convert(WEB).files().get(Conversion.DOCKERFILE), "runtime");
    assertFalse(alone.contains("/usr/local/bin/node"), alone);
    assertFalse(alone.contains("NODE_HOME"), alone);
    String worker = stage(convert(List.of(WEB.get(0),
        new Process("worker", "node worker.js", "Procfile:2"))).files()
        .get(Conversion.DOCKERFILE), "runtime");
    assertTrue(worker.contains(
        "COPY --from=node:24.22.3-trixie-slim /usr/local/bin/node /usr/local/bin/node\n"), worker);
    assertFalse(worker.contains("/usr/local/include/node"), worker);
  }

  @Test
  void theRuntimeStageCreatesTheUserTheImageLacksAndRunsAsIt() {
    String runtime = stage(convert(WEB).files().get(Conversion.DOCKERFILE), "runtime");
    String create = "RUN groupadd --gid 1000 app \\\n"
        + " && useradd --uid 1000 --gid 1000 --home-dir /app --no-create-home --shell /bin/bash"
        + " app\n";
    assertTrue(runtime.contains(create), runtime);
    assertTrue(runtime.indexOf(create) < runtime.indexOf("COPY --from=build --chown=app:app"));
    assertTrue(runtime.contains("\nWORKDIR /app\n"), runtime);
    assertTrue(runtime.contains("\nUSER app\n"), runtime);
  }

  @Test
  void theReportNamesBothEcosystemsAndTheOrder() {
    String report = convert(WEB).files().get(Conversion.REPORT);
    assertTrue(report.contains("turned the Heroku Node.js + sample app"), report);
    assertTrue(report.contains("| Node.js version | `24.22.3` |"), report);
    assertTrue(report.contains("| sample version | `3.13.1` |"), report);
    assertTrue(report.contains("| Buildpack order | Node.js + sample |"), report);
    assertTrue(report.contains("| Node.js in the build stage | copied from"
        + " `node:24.22.3-trixie-slim`"), report);
  }

  @Test
  void composeIsTheSameForOneEcosystemOrTwo() {
    String compose = convert(WEB).files().get(Conversion.COMPOSE);
    assertTrue(compose.contains("  web:\n"), compose);
    assertEquals(1, compose.lines().filter(l -> l.strip().equals("build:")).count(), compose);
  }
}
