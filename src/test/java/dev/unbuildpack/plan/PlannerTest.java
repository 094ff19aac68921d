package dev.unbuildpack.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.unbuildpack.testing.SampleDetections.withEcosystems;
import static dev.unbuildpack.testing.SampleDetections.withEnv;
import static dev.unbuildpack.testing.SampleDetections.withIgnore;
import static dev.unbuildpack.testing.SampleDetections.withProcesses;
import static dev.unbuildpack.testing.SampleDetections.withSteps;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.testing.SampleDetections;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.EnvVar;
import dev.unbuildpack.model.Env;
import dev.unbuildpack.model.IgnoreEntry;
import dev.unbuildpack.model.InstallOrder;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Process;
import java.util.ArrayList;
import dev.unbuildpack.model.DebianChoice;
import dev.unbuildpack.model.DebianRelease;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static BuildPlan plan(Detection detection) {
    return Planner.plan(detection, PlanOptions.defaults());
  }

  @Test
  void pinsBothStagesToTheExactResolvedVersion() {
    BuildPlan plan = plan(SampleDetections.expressNpm());
    assertEquals("node:24.19.0-trixie", plan.build().image().reference());
    assertEquals("node:24.19.0-trixie-slim", plan.runtime().image().reference());
  }

  @Test
  void bothStagesAreBasedOnTheDebianReleaseTheDetectionChose() {
    DebianChoice bookworm = new DebianChoice(DebianRelease.BOOKWORM, "pinned", "DEBIAN-RELEASE-PINNED");
    BuildPlan plan = plan(SampleDetections.withDebian(SampleDetections.expressNpm(), bookworm));
    assertEquals("node:24.19.0-bookworm", plan.build().image().reference());
    assertEquals("node:24.19.0-bookworm-slim", plan.runtime().image().reference());
    assertEquals(bookworm, plan.debian());
  }

  @Test
  void installRunsOnTheManifestsAndTheRestOnTheSources() {
    BuildPlan plan = plan(SampleDetections.fullFeatured());
    assertEquals(List.of("package.json", "package-lock.json", ".npmrc"), group(plan).manifests());
    assertEquals(List.of("install"), phases(plan.dependencySteps()));
    assertEquals(List.of("build", "prune"), phases(plan.sourceSteps()));
    assertNull(group(plan).manifestsSkippedBecause());
  }

  /** Fault: an install whose postinstall reads patches/ ran with only the manifests copied. */
  @Test
  void anInstallThatNeedsTheSourcesGetsTheWholeAppFirstAndTheToolingStaysBeforeIt() {
    Detection detection = withSteps(withInstallOrder(SampleDetections.expressNpm(),
        new InstallOrder(true, "The postinstall script of package.json needs patches/.",
            "NODE-INSTALL-INPUTS")), List.of(
        new BuildStep("tooling", "npm install -g --force yarn@1.22.22", "NODE-PM-YARN",
            List.of(), List.of("/root/.npm")),
        new BuildStep("install", "yarn install", "NODE-INSTALL-YARN", List.of(),
            List.of("/usr/local/share/.cache/yarn")),
        new BuildStep("build", "yarn run build", "NODE-STEP-BUILD", List.of(), List.of())));
    BuildPlan plan = plan(detection);
    assertEquals(List.of(), group(plan).manifests());
    assertEquals(List.of("tooling"), phases(plan.dependencySteps()));
    assertEquals(List.of("install", "build"), phases(plan.sourceSteps()));
    assertTrue(group(plan).manifestsSkippedBecause().startsWith("[NODE-INSTALL-INPUTS] The postinstall"),
        group(plan).manifestsSkippedBecause());
    assertNull(group(plan).manifestsFirstBecause());
    // Fault: a build script that installs again (--prefix) had no cache: every step has both.
    plan.buildSteps().forEach(step -> assertEquals(
        List.of("/root/.npm", "/usr/local/share/.cache/yarn"), step.caches(), step.phase()));
  }

  @Test
  void anInstallThatReadsOnlyTheManifestsKeepsThemFirstAndSaysWhy() {
    BuildPlan plan = plan(withInstallOrder(SampleDetections.expressNpm(),
        new InstallOrder(false, "The install reads only the manifests.", "NODE-INSTALL-INPUTS")));
    assertEquals(List.of("package.json", "package-lock.json"), group(plan).manifests());
    assertNull(group(plan).manifestsSkippedBecause());
    assertEquals("[NODE-INSTALL-INPUTS] The install reads only the manifests.",
        group(plan).manifestsFirstBecause());
  }

  private static Detection withInstallOrder(Detection detection, InstallOrder order) {
    Ecosystem node = detection.ecosystems().get(0);
    return withEcosystems(detection, List.of(new Ecosystem(node.id(), node.runtime(),
        node.packageManager(), node.manifests(), order)));
  }

  @Test
  void aPrebuildStepBeforeTheInstallGetsTheWholeAppFirst() {
    Detection detection = withSteps(SampleDetections.expressNpm(), List.of(
        new BuildStep("prebuild", "npm run heroku-prebuild", "NODE-PREBUILD", List.of(), List.of()),
        new BuildStep("install", "npm ci", "NODE-INSTALL-NPM", List.of(), List.of())));
    BuildPlan plan = plan(detection);
    assertEquals(List.of(), group(plan).manifests());
    assertEquals(List.of(), plan.dependencySteps());
    assertEquals(List.of("prebuild", "install"), phases(plan.sourceSteps()));
    assertTrue(group(plan).manifestsSkippedBecause().startsWith(
        "The prebuild step (rule NODE-PREBUILD) runs before the dependency install"),
        group(plan).manifestsSkippedBecause());
  }

  @Test
  void secretsStayOnTheStepsThatNeedThem() {
    BuildPlan plan = plan(SampleDetections.fullFeatured());
    assertEquals(List.of("NPM_TOKEN"), plan.dependencySteps().get(0).secrets());
    assertEquals(List.of(), plan.sourceSteps().get(0).secrets());
    PlanSecret token = plan.secrets().get(0);
    assertEquals(
        new PlanSecret("NPM_TOKEN", false, ".npmrc:2", "NODE-NPMRC-TOKEN", List.of("install")),
        token);
  }

  @Test
  void extraCaIsASecretMountedOnEveryToolStepWithItsPathVariables() {
    BuildPlan plan =
        Planner.plan(SampleDetections.fullFeatured(), new PlanOptions(ImageMap.empty(), "ca.pem"));
    assertTrue(plan.buildSteps().stream().allMatch(PlanStep::extraCa));
    PlanSecret ca = plan.secrets().get(plan.secrets().size() - 1);
    assertEquals(
        new PlanSecret("extra-ca", true, "ca.pem", null, List.of("install", "build", "prune")), ca);
    assertEquals(
        List.of(
            new EnvSetting("NODE_EXTRA_CA_CERTS", "/run/secrets/extra-ca", "--extra-ca"),
            new EnvSetting("npm_config_cafile", "/run/secrets/extra-ca", "--extra-ca"),
            new EnvSetting("YARN_HTTPS_CA_FILE_PATH", "/run/secrets/extra-ca", "--extra-ca")),
        plan.extraCaEnv());
  }

  @Test
  void aYarnOfUnknownVersionOrAnotherManagerGetsTheLatestYarnsVariable() {
    // A Yarn 2+ lockfile with no declared version installs the latest Yarn (4): only a resolved
    // Yarn 2 or 3 takes YARN_CA_FILE_PATH instead (ExtraCaConvertTest).
    for (PackageManager manager : List.of(new PackageManager("yarn", null, "yarn.lock"),
        new PackageManager("yarn", "1.22.x", "yarn.lock"), new PackageManager("pnpm", null,
            "pnpm-lock.yaml"))) {
      BuildPlan plan = Planner.plan(withPackageManager(manager),
          new PlanOptions(ImageMap.empty(), "ca.pem"));
      assertEquals(List.of("NODE_EXTRA_CA_CERTS", "npm_config_cafile", "YARN_HTTPS_CA_FILE_PATH"),
          plan.extraCaEnv().stream().map(EnvSetting::name).toList(), manager.toString());
    }
  }

  @Test
  void theDetectionsToolingStepIsADependencyStepAndRunsAgainAtRunTime() {
    // Without a build script, the prune reads what the install read: it runs before the sources.
    assertEquals(List.of("install", "prune"),
        phases(plan(SampleDetections.expressNpm()).dependencySteps()));
    assertEquals(List.of(), plan(SampleDetections.expressNpm()).runtimeTooling());
    Detection base = SampleDetections.expressNpm();
    BuildStep tooling = new BuildStep("tooling", "npm install -g --force yarn@1.22.22",
        "NODE-PM-YARN", List.of(), List.of("/root/.npm"));
    List<BuildStep> steps = new ArrayList<>(List.of(tooling));
    steps.addAll(base.buildSteps());
    BuildPlan yarn1 = plan(withSteps(base, steps));
    PlanStep first = new PlanStep("node", "tooling", "npm install -g --force yarn@1.22.22",
        "NODE-PM-YARN", List.of(), List.of("/root/.npm"), false);
    assertEquals(List.of("tooling", "install", "prune"), phases(yarn1.dependencySteps()));
    assertEquals(first, yarn1.dependencySteps().get(0));
    assertEquals(List.of(first), yarn1.runtimeTooling());
  }

  @Test
  void withoutExtraCaNothingMountsIt() {
    BuildPlan plan = plan(SampleDetections.fullFeatured());
    assertTrue(plan.buildSteps().stream().noneMatch(PlanStep::extraCa));
    assertTrue(plan.secrets().stream().noneMatch(PlanSecret::extraCa));
    assertEquals(List.of(), plan.extraCaEnv());
  }

  @Test
  void webIsTheMainProcessAndReleaseIsSetApart() {
    Processes processes = plan(SampleDetections.fullFeatured()).processes();
    assertEquals("web", processes.main().type());
    assertEquals(List.of("web", "worker"),
        processes.longRunning().stream().map(Process::type).toList());
    assertEquals("npm run migrate", processes.release().command());
  }

  @Test
  void withoutWebTheFirstProcessRunsAndNoPortIsSet() {
    Processes processes = Planner.processes(List.of(
        new Process("release", "npm run migrate", "Procfile:1"),
        new Process("worker", "node worker.js", "Procfile:2")), List.of());
    assertEquals("worker", processes.main().type());
    Detection detection = withProcesses(SampleDetections.expressNpm(), List.of(new Process("worker", "node w.js", "Procfile:1")));
    assertNull(plan(detection).port());
  }

  @Test
  void portComesFromTheRunEnvironmentWhenARuleSetsIt() {
    Detection base = SampleDetections.expressNpm();
    Detection detection =
        withEnv(base, new Env(Map.of(), Map.of("PORT", new EnvVar("3000", "NODE-PORT"))));
    BuildPlan plan = plan(detection);
    assertEquals(new WebPort(3000, "NODE-PORT"), plan.port());
    assertTrue(plan.runtime().env().isEmpty(), "PORT is carried by the plan's port, not twice");
    assertEquals(new WebPort(5000, "HEROKU-PORT"), plan(base).port());
  }

  @Test
  void withoutPortInTheDetectionTheImageSetsNone() {
    Detection base = SampleDetections.expressNpm();
    Detection detection = withEnv(base, new Env(Map.of(), Map.of()));
    assertNull(plan(detection).port());
  }

  @Test
  void ignoreListsTheAppsEntriesThenConvertsOwnFilesEachPatternOnce() {
    Detection base = SampleDetections.fullFeatured();
    List<IgnoreEntry> withDuplicate = new ArrayList<>(base.ignore());
    withDuplicate.add(new IgnoreEntry("Dockerfile", ".slugignore:9 (HEROKU-SLUGIGNORE)"));
    Detection detection = withIgnore(base, withDuplicate);
    List<String> patterns = plan(detection).ignore().stream().map(IgnoreEntry::pattern).toList();
    assertEquals(List.of("**/*.psd", "docs", ".git", "node_modules", ".env", "Dockerfile",
        ".dockerignore", "compose.yaml", "unbuildpack-report.md"), patterns);
  }

  @Test
  void addOnsGetStandInsWhenOneExistsAndImagesGoThroughTheMap() {
    ImageMap map = ImageMap.parse("postgres:* = mirror/postgres:*\n", "m");
    List<LocalService> services =
        Planner.plan(SampleDetections.fullFeatured(), new PlanOptions(map, null)).services();
    assertEquals("mirror/postgres:17-trixie", services.get(0).image().reference());
    assertEquals("postgres://postgres@postgres:5432/postgres", services.get(0).url());
    assertEquals("redis://redis:6379", services.get(1).url());
    assertTrue(!services.get(2).hasStandIn());
  }

  @Test
  void anUnsupportedEcosystemIsBadInput() {
    Detection base = SampleDetections.expressNpm();
    // Clojure (heroku/clojure) is the one Heroku language with no rules/<id>/data/images.toml.
    Ecosystem clojure = new Ecosystem("clojure", base.ecosystems().get(0).runtime(), null, List.of());
    BadInputException e = assertThrows(BadInputException.class,
        () -> plan(withEcosystems(base, List.of(clojure))));
    assertEquals("unbuildpack cannot convert clojure apps yet", e.title());
    BadInputException copy = assertThrows(BadInputException.class,
        () -> plan(withEcosystems(base, List.of(base.ecosystems().get(0), clojure))));
    assertEquals("unbuildpack cannot copy the clojure runtime into the node image yet", copy.title());
  }

  private static List<String> phases(List<PlanStep> steps) {
    return steps.stream().map(PlanStep::phase).toList();
  }

  private static Detection withPackageManager(PackageManager manager) {
    Ecosystem node = SampleDetections.expressNpm().ecosystems().get(0);
    return withEcosystems(SampleDetections.expressNpm(), new ArrayList<>(List.of(
        new Ecosystem("node", node.runtime(), manager, node.manifests()))));
  }

  /** The one ecosystem's dependency group. */
  private static DependencyGroup group(BuildPlan plan) {
    assertEquals(1, plan.dependencies().size());
    return plan.dependencies().get(0);
  }
}
