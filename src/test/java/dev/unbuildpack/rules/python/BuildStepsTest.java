package dev.unbuildpack.rules.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.testing.Golden;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Python build steps that differ from the buildpack's command for a reason. */
class BuildStepsTest {

  private static Detection detect(String fixture) {
    return RuleEngine.builtIn().detect(
        AppDir.open(Golden.projectDir().resolve("fixtures/python/" + fixture)));
  }

  private static BuildStep step(Detection detection, String rule) {
    return detection.buildSteps().stream().filter(s -> s.rule().equals(rule)).findFirst()
        .orElseThrow(() -> new AssertionError("no step " + rule));
  }

  @Test
  void aCredentialedEditableVcsCheckoutLosesItsGitFolderInTheInstallStep() {
    BuildStep install = step(detect("secret-editable-vcs"), "PYTHON-INSTALL-PIP");
    assertTrue(install.command().startsWith("pip install -r requirements.txt"), install.command());
    assertTrue(install.command().endsWith("&& rm -rf /app/.heroku/python/src/*/.git"
        + " /app/.heroku/python/src/*/.hg /app/.heroku/python/src/*/.svn"
        + " /app/.heroku/python/src/*/.bzr"), install.command());
    assertEquals(List.of("GITHUB_TOKEN"), install.secrets(), "the secret stays on this step");
    assertTrue(install.note().contains("PYTHON-SECRET-EDITABLE-CHECKOUT"), install.note());
  }

  @Test
  void anEditableVcsRequirementWithoutCredentialKeepsItsCheckout() {
    BuildStep install = step(detect("editable"), "PYTHON-INSTALL-PIP");
    assertFalse(install.command().contains("rm -rf"), install.command());
    assertEquals("", install.note());
  }

  @Test
  void hooksRunWithBuildDirCacheDirAndAnEmptyEnvDir() {
    BuildStep hook = step(detect("hook-build-dir"), "PYTHON-STEP-POST-COMPILE");
    assertTrue(hook.command().contains("BUILD_DIR=/app CACHE_DIR=/root/.cache/heroku"
        + " ENV_DIR=/tmp/heroku-env bin/post_compile"), hook.command());
    assertEquals(List.of("/root/.cache/heroku"), hook.caches(), "CACHE_DIR is a cache mount");
  }

  @Test
  void onlyVariablesReadWithoutADefaultAreNamedAsRequired() {
    List<Finding> findings = detect("collectstatic-required-vars").findings();
    Finding required = findings.stream()
        .filter(f -> f.rule().equals("PYTHON-COLLECTSTATIC-CONFIG-VARS")).findFirst().orElseThrow();
    assertTrue(required.message().startsWith("collectstatic imports the settings, which read Y ("),
        required.message());
    Finding optional = findings.stream()
        .filter(f -> f.rule().equals("PYTHON-COLLECTSTATIC-OPTIONAL-VARS")).findFirst()
        .orElseThrow();
    assertTrue(optional.message().startsWith("collectstatic imports the settings, which read X ("),
        optional.message());
  }
}
