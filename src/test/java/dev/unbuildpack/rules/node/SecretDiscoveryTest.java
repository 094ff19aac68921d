package dev.unbuildpack.rules.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.SecretMask;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.model.BuildStep;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.rules.TempApp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretDiscoveryTest {
  private static final String TOKEN = "npm_4fQk9ZtR2mXw7LbV0cJ5yH8dN1sE3gPu6aT";

  @TempDir Path dir;

  private TempApp app(String packageJson) {
    return new TempApp(dir, "app").file("package.json", packageJson)
        .file("package-lock.json", "{\"lockfileVersion\": 3}");
  }

  private static BuildStep step(Detection d, String phase) {
    return d.buildSteps().stream().filter(s -> s.phase().equals(phase)).findFirst().orElseThrow();
  }

  @Test
  void npmrcVariablesAreSecretsOfTheInstallStepOnly() {
    Detection d = app("{\"scripts\": {\"build\": \"webpack\"}}")
        .file(".npmrc", "registry=https://r.example/\n//r.example/:_authToken=${NPM_TOKEN}\n")
        .detect();
    assertEquals(List.of(new BuildSecret("NPM_TOKEN", ".npmrc", 2, "NODE-SECRET-NPMRC")),
        d.buildSecrets());
    assertEquals(List.of("NPM_TOKEN"), step(d, "install").secrets());
    assertEquals(List.of(), step(d, "build").secrets());
    assertEquals(List.of(), step(d, "prune").secrets());
  }

  @Test
  void aCommittedTokenIsAnErrorThatShowsOnlyItsFingerprint() {
    Detection d = app("{}").file(".npmrc", "//registry.npmjs.org/:_authToken=" + TOKEN + "\n")
        .detect();
    Finding error = d.findings().stream().filter(f -> f.rule().equals("NODE-SECRET-COMMITTED"))
        .findFirst().orElseThrow();
    assertEquals(".npmrc", error.file());
    assertEquals(1, error.line());
    assertTrue(error.message().contains(SecretMask.fingerprint(TOKEN)), error.message());
    assertTrue(d.hasErrors());
    assertFalse(Json.write(d).contains(TOKEN), "the token must never reach the output");
    assertFalse(Json.write(d).contains(TOKEN.substring(4, 12)));
  }

  @Test
  void aGitUrlWithAVariableIsASecretOfTheInstallStep() {
    Detection d = app("{\"dependencies\": {\"lib\": "
        + "\"git+https://${GH_TOKEN}@github.com/acme/lib.git\"}}").detect();
    assertEquals("NODE-SECRET-GIT-URL", d.buildSecrets().get(0).rule());
    assertEquals(List.of("GH_TOKEN"), step(d, "install").secrets());
    assertEquals("git", d.systemPackages().build().get(0).name());
  }

  @Test
  void aGitUrlWithALiteralTokenIsAnError() {
    Detection d = app("{\"dependencies\": {\"lib\": "
        + "\"git+https://ghp_abcdefghijklmnop1234@github.com/acme/lib.git\"}}").detect();
    assertTrue(d.hasErrors());
    assertFalse(Json.write(d).contains("ghp_abcdefghijklmnop1234"));
  }

  @Test
  void scriptVariablesAreSecretsWhenAppJsonRequiresThemOrTheirNameSaysSo() {
    Detection d = app("{\"scripts\": {\"heroku-prebuild\": \"echo $SOURCE_VERSION $PATH\","
        + " \"heroku-postbuild\": \"deploy --key ${DEPLOY_KEY} --url $API_URL --t $SENTRY_TOKEN\""
        + "}}").file("app.json", "{\"env\": {\"DEPLOY_KEY\": {\"description\": \"d\"},"
        + " \"API_URL\": {\"value\": \"https://api\"}}}").detect();
    assertEquals(List.of("DEPLOY_KEY", "SENTRY_TOKEN"),
        d.buildSecrets().stream().map(BuildSecret::name).toList());
    assertEquals(List.of("DEPLOY_KEY", "SENTRY_TOKEN"), step(d, "build").secrets());
    assertEquals(List.of(), step(d, "prebuild").secrets());
    assertEquals(List.of(), step(d, "install").secrets());
  }

  @Test
  void variablesTheShellNpmOrTheBuildpackProvideAreNeverSecretsEvenWhenRequired() {
    // Required by app.json, so secrets unless provided-variables.toml lists them.
    Detection d = app("{\"scripts\": {\"heroku-postbuild\": \"cp $HOME/x $BUILD_DIR/y"
        + " $npm_package_version $AUTH_USER\"}}").file("app.json", "{\"env\": {"
        + "\"HOME\": {\"required\": true}, \"BUILD_DIR\": {\"required\": true},"
        + " \"npm_package_version\": {\"required\": true}}}").detect();
    assertEquals(List.of("AUTH_USER"), d.buildSecrets().stream().map(BuildSecret::name).toList());
  }

  @Test
  void uploadToolsInCalledScriptsMountTheirTokenOnTheStepThatRunsThem() {
    Detection d = app("{\"scripts\": {\"heroku-prebuild\": \"npm run maps\","
        + " \"maps\": \"sentry-cli sourcemaps upload dist\", \"build\": \"vite build\"},"
        + " \"devDependencies\": {\"@datadog/vite-plugin\": \"2.5.0\"}}").detect();
    assertEquals(List.of("SENTRY_AUTH_TOKEN"), step(d, "prebuild").secrets());
    assertEquals(List.of("DATADOG_API_KEY"), step(d, "build").secrets());
    assertEquals(List.of(), step(d, "install").secrets());
  }

  @Test
  void aMigrationInTheBuildIsMovedToTheExistingReleaseProcess() {
    Detection d = app("{\"scripts\": {\"build\": \"tsc && prisma migrate deploy\"}}")
        .file("Procfile", "web: node dist/server.js\nrelease: node scripts/warm.js\n").detect();
    Finding warning = d.findings().stream()
        .filter(f -> f.rule().equals("NODE-BUILD-MIGRATION")).findFirst().orElseThrow();
    assertTrue(warning.message().contains("'prisma migrate deploy'"), warning.message());
    assertTrue(warning.message().contains("run 'npx prisma migrate deploy' in the Procfile's"
        + " release process"), warning.message());
    assertEquals("package.json", warning.file());
  }

  @Test
  void yarnrcTokensAreNeededByEveryYarnStepUnlessTheyHaveAFallback() {
    TempApp berry = new TempApp(dir, "berry")
        .file("package.json", "{\"scripts\": {\"build\": \"tsc\"}}")
        .file("yarn.lock", "__metadata:\n  version: 8\n")
        .file(".yarnrc.yml", "npmAuthToken: \"${NPM_TOKEN}\"\nnpmAuthIdent: \"${IDENT-}\"\n");
    Detection d = berry.detect();
    assertEquals(List.of("NPM_TOKEN", "IDENT"), step(d, "install").secrets());
    assertEquals(List.of("NPM_TOKEN"), step(d, "build").secrets());
    assertEquals(List.of("NPM_TOKEN"), step(d, "prune").secrets());
  }
}
