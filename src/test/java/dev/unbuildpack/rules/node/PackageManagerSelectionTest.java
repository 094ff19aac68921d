package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.PackageManager;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.rules.TempApp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackageManagerSelectionTest {
  private static final String PKG = "{\"name\": \"app\", \"dependencies\": {\"ms\": \"^2.1.3\"}}";
  private static final String BERRY_LOCK = "__metadata:\n  version: 8\n";
  private static final String CLASSIC_LOCK = "# yarn lockfile v1\n\n\nms@^2.1.3:\n  version \"2.1.3\"\n";

  @TempDir Path dir;

  private TempApp app(String packageJson) {
    return new TempApp(dir, "app").file("package.json", packageJson);
  }

  private static PackageManager manager(Detection detection) {
    return detection.ecosystems().get(0).packageManager();
  }

  private static String install(Detection detection) {
    return detection.buildSteps().stream().filter(s -> s.phase().equals("install"))
        .map(BuildStep::command).findFirst().orElseThrow();
  }

  @Test
  void aPackageLockSelectsNpmCi() {
    Detection d = app(PKG).file("package-lock.json", "{\"lockfileVersion\": 3}").detect();
    assertEquals(new PackageManager("npm", null, "package-lock.json"), manager(d));
    assertTrue(install(d).startsWith("npm ci --production=false"), install(d));
  }

  @Test
  void aShrinkwrapAlsoSelectsNpmCi() {
    Detection d = app(PKG).file("npm-shrinkwrap.json", "{\"lockfileVersion\": 3}").detect();
    assertEquals("npm-shrinkwrap.json", manager(d).lockfile());
    assertTrue(install(d).startsWith("npm ci "), install(d));
  }

  @Test
  void noLockfileMeansNpmInstallAndAWarning() {
    Detection d = app(PKG).detect();
    assertTrue(install(d).startsWith("npm install "), install(d));
    assertTrue(d.findings().stream().anyMatch(f -> f.rule().equals("NODE-LOCKFILE-MISSING")));
  }

  @Test
  void useNpmInstallInAppJsonForcesNpmInstall() {
    Detection d = app(PKG).file("package-lock.json", "{\"lockfileVersion\": 3}")
        .file("app.json", "{\"env\": {\"USE_NPM_INSTALL\": \"true\"}}").detect();
    assertTrue(install(d).startsWith("npm install "), install(d));
  }

  // Exact versions below are what the shipped release lists (rules/node/data) resolve to.
  @Test
  void npm12DropsUnsafePerm() {
    Detection d = app("{\"engines\": {\"npm\": \"^12.1.0\"}}")
        .file("package-lock.json", "{\"lockfileVersion\": 3}").detect();
    assertEquals("npm ci --production=false --userconfig /app/.npmrc", install(d));
    assertEquals("12.2.2", manager(d).version());
  }

  @Test
  void aRangeThatResolvesBelowNpm12KeepsUnsafePerm() {
    Detection d = app("{\"engines\": {\"npm\": \"10.x\"}}")
        .file("package-lock.json", "{\"lockfileVersion\": 3}").detect();
    assertEquals("npm ci --production=false --userconfig /app/.npmrc --unsafe-perm", install(d));
    assertTrue(manager(d).version().startsWith("10."), manager(d).version());
  }

  @Test
  void aClassicYarnLockSelectsYarn1WithItsDefaultVersion() {
    Detection d = app(PKG).file("yarn.lock", CLASSIC_LOCK).detect();
    assertEquals(new PackageManager("yarn", "1.22.22", "yarn.lock"), manager(d));
    assertEquals("yarn install --production=false --frozen-lockfile --ignore-engines"
        + " --prefer-offline", install(d));
  }

  @Test
  void aBerryLockSelectsYarnBerryWithThePackageManagerVersion() {
    Detection d = app("{\"packageManager\": \"yarn@4.5.3+sha512.abc\"}")
        .file("yarn.lock", BERRY_LOCK).detect();
    assertEquals(new PackageManager("yarn", "4.5.3", "yarn.lock"), manager(d));
    assertEquals("yarn install --immutable", install(d));
  }

  @Test
  void aVendoredBerryReleaseGivesTheVersionAndIsCopiedFirst() {
    Detection d = app(PKG).file("yarn.lock", BERRY_LOCK)
        .file(".yarnrc.yml", "yarnPath: .yarn/releases/yarn-4.1.1.cjs\n")
        .file(".yarn/releases/yarn-4.1.1.cjs", "// yarn\n").detect();
    assertEquals("4.1.1", manager(d).version());
    assertEquals(List.of("package.json", "yarn.lock", ".yarnrc.yml",
        ".yarn/releases/yarn-4.1.1.cjs"), d.ecosystems().get(0).manifests());
  }

  @Test
  void pnpmTakesItsVersionFromPackageManagerWithoutTheHash() {
    Detection d = app("{\"packageManager\": \"pnpm@9.15.0+sha512.76e2379760a4328ec4415815bcd6628dee727af3779aaa4c914e3944156c4299921a89f976381ee107d41f12cfa4b66681ca9c718f0668fa0831ed4c6d8ba56c\"}")
        .file("pnpm-lock.yaml", "lockfileVersion: '9.0'\n").detect();
    assertEquals(new PackageManager("pnpm", "9.15.0", "pnpm-lock.yaml"), manager(d));
    assertFalse(d.findings().stream().anyMatch(f -> f.rule().equals("NODE-PM-PNPM-UNPINNED")));
    assertFalse(d.env().run().containsKey("pnpm_config_verify_deps_before_run"),
        "pnpm 9 has no verify-deps-before-run");
  }

  @Test
  void pnpm11GetsTheRunTimeVerifyWarningSetting() {
    Detection d = app("{\"packageManager\": \"pnpm@11.2.0\"}")
        .file("pnpm-lock.yaml", "lockfileVersion: '9.0'\n").detect();
    assertEquals("warn", d.env().run().get("pnpm_config_verify_deps_before_run").value());
  }

  @Test
  void pnpmWorkspacesPruneByReinstalling() {
    Detection d = app(PKG).file("pnpm-lock.yaml", "lockfileVersion: '9.0'\n")
        .file("pnpm-workspace.yaml", "packages:\n  - packages/*\n").detect();
    assertTrue(d.buildSteps().stream().anyMatch(s -> s.phase().equals("prune")
        && s.command().equals("pnpm install --prod --frozen-lockfile")));
  }

  @Test
  void twoModernLockfilesAreAnError() {
    Detection d = app(PKG).file("package-lock.json", "{}").file("pnpm-lock.yaml", "x: 1\n")
        .detect();
    assertTrue(d.hasErrors());
    assertEquals("NODE-LOCKFILE-CONFLICT", d.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR).findFirst().orElseThrow().rule());
  }

  @Test
  void aShrinkwrapNextToAYarnLockIsAnError() {
    Detection d = app(PKG).file("npm-shrinkwrap.json", "{}").file("yarn.lock", CLASSIC_LOCK)
        .detect();
    assertTrue(d.hasErrors());
  }

  @Test
  void yarnProductionSkipsPruningAndInstallsProductionOnly() {
    Detection d = app(PKG).file("yarn.lock", CLASSIC_LOCK)
        .file("app.json", "{\"env\": {\"YARN_PRODUCTION\": \"true\"}}").detect();
    assertTrue(install(d).contains("--production=true"), install(d));
    assertTrue(d.buildSteps().stream().noneMatch(s -> s.phase().equals("prune")));
  }

  /** The buildpack tests these two for being set, not for being true. */
  @Test
  void npmConfigProductionSetToAnyValueSkipsPruning() {
    Detection d = app(PKG).file("package-lock.json", "{}")
        .file("app.json", "{\"env\": {\"NPM_CONFIG_PRODUCTION\": \"false\"}}").detect();
    assertTrue(install(d).startsWith("npm ci --production=false"), install(d));
    assertTrue(d.buildSteps().stream().noneMatch(s -> s.phase().equals("prune")));
    assertTrue(d.findings().stream().anyMatch(f -> f.rule().equals("NODE-PRUNE-SKIPPED")
        && f.message().contains("NPM_CONFIG_PRODUCTION is false")), d.findings().toString());
  }

  @Test
  void yarnProductionSetToAnyValueSkipsPruning() {
    Detection d = app(PKG).file("yarn.lock", CLASSIC_LOCK)
        .file("app.json", "{\"env\": {\"YARN_PRODUCTION\": \"false\"}}").detect();
    assertTrue(d.buildSteps().stream().noneMatch(s -> s.phase().equals("prune")));
  }

  @Test
  void withoutTheKnobsNpmAndYarnPrune() {
    Detection npm = app(PKG).file("package-lock.json", "{}").detect();
    assertTrue(npm.buildSteps().stream().anyMatch(s -> s.rule().equals("NODE-PRUNE-NPM")));
    Detection yarn = new TempApp(dir, "yarn").file("package.json", PKG)
        .file("yarn.lock", CLASSIC_LOCK).detect();
    assertTrue(yarn.buildSteps().stream().anyMatch(s -> s.rule().equals("NODE-PRUNE-YARN")));
  }

  @Test
  void nodeEnvOtherThanProductionSkipsPruning() {
    Detection d = app(PKG).file("package-lock.json", "{}")
        .file("app.json", "{\"env\": {\"NODE_ENV\": \"staging\"}}").detect();
    assertTrue(d.buildSteps().stream().noneMatch(s -> s.phase().equals("prune")));
    assertEquals("staging", d.env().build().get("NODE_ENV").value());
    assertEquals("HEROKU-APPJSON-ENV", d.env().run().get("NODE_ENV").rule());
  }

  @Test
  void nodeBuildFlagsReachTheBuildScriptAsOneQuotedArgument() {
    Detection d = app("{\"scripts\": {\"build\": \"ng build\"}}")
        .file("package-lock.json", "{}")
        .file("app.json", "{\"env\": {\"NODE_BUILD_FLAGS\": \"--configuration it's\"}}").detect();
    assertEquals("npm run build --if-present -- '--configuration it'\\''s'", d.buildSteps().stream()
        .filter(s -> s.phase().equals("build")).findFirst().orElseThrow().command());
  }

  private static List<String> tooling(Detection detection) {
    return detection.buildSteps().stream().filter(s -> s.phase().equals("tooling"))
        .map(s -> s.command() + " [" + s.rule() + "]").toList();
  }

  @Test
  void theBundledNpmNeedsNoToolingStepButEnginesNpmInstallsItFirst() {
    Detection bundled = app(PKG).file("package-lock.json", "{\"lockfileVersion\": 3}").detect();
    assertEquals(List.of(), tooling(bundled));
    Detection pinned = app("{\"name\": \"app\", \"engines\": {\"npm\": \"10.9.2\"}}")
        .file("package-lock.json", "{\"lockfileVersion\": 3}").detect();
    assertEquals(List.of("npm install -g --force npm@10.9.2 [NODE-PM-NPM]"), tooling(pinned));
    assertEquals("tooling", pinned.buildSteps().get(0).phase());
  }

  @Test
  void yarnTwoAndLaterIsInstalledFromItsOwnPackageWhateverTheLockfile() {
    Detection berry = app("{\"name\": \"app\", \"packageManager\": \"yarn@4.5.3\"}")
        .file("yarn.lock", BERRY_LOCK).detect();
    assertEquals(List.of("npm install -g --force @yarnpkg/cli-dist@4.5.3 [NODE-PM-YARN-BERRY]"),
        tooling(berry));
    Detection classicLockBerryVersion = app("{\"name\": \"app\", \"engines\": {\"yarn\": \"^3\"}}")
        .file("yarn.lock", CLASSIC_LOCK).detect();
    assertEquals(List.of("npm install -g --force @yarnpkg/cli-dist@3.8.7 [NODE-PM-YARN-BERRY]"),
        tooling(classicLockBerryVersion));
    Detection classic = app(PKG).file("yarn.lock", CLASSIC_LOCK).detect();
    assertEquals(List.of("npm install -g --force yarn@1.22.22 [NODE-PM-YARN]"), tooling(classic));
  }

  @Test
  void anUnpinnedPnpmIsInstalledAsTheLatestOfTheReleaseList() {
    Detection pnpm = app(PKG).file("pnpm-lock.yaml", "lockfileVersion: '9.0'\n").detect();
    assertEquals(List.of("npm install -g --force pnpm@12.23.0 [NODE-PM-PNPM]"), tooling(pnpm));
  }
}
