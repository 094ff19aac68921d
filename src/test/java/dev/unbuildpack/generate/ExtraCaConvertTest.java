package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.plan.ImageMap;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.testing.Golden;
import org.junit.jupiter.api.Test;

/** convert --extra-ca on fixture apps: each Yarn gets the CA setting its major accepts. */
class ExtraCaConvertTest {
  private static String dockerfile(String fixture) {
    var app = AppDir.open(Golden.projectDir().resolve("fixtures/node").resolve(fixture));
    return Conversion.of(RuleEngine.builtIn().detect(app),
            new PlanOptions(ImageMap.empty(), "ca.pem"), RuleDescriptions.of(RuleSet.builtIn()))
        .files().get(Conversion.DOCKERFILE);
  }

  /** The fixture installs the named Yarn CLI and gets its CA variable, never the other one. */
  private static void assertYarnCa(String fixture, String cli, String variable, String absent) {
    String dockerfile = dockerfile(fixture);
    assertTrue(dockerfile.contains(cli), dockerfile);
    assertTrue(dockerfile.contains(variable + "=/run/secrets/extra-ca"), dockerfile);
    assertTrue(dockerfile.contains("npm_config_cafile=/run/secrets/extra-ca"), dockerfile);
    assertFalse(dockerfile.contains(absent), dockerfile);
  }

  @Test
  void yarn3GetsCaFilePathSinceItStopsOnHttpsCaFilePath() {
    assertYarnCa("yarn3-extra-ca", "@yarnpkg/cli-dist@3.8.7", "YARN_CA_FILE_PATH",
        "YARN_HTTPS_CA_FILE_PATH");
  }

  @Test
  void yarn4GetsHttpsCaFilePathSinceItStopsOnCaFilePath() {
    assertYarnCa("yarn-berry", "@yarnpkg/cli-dist@4.5.3", "YARN_HTTPS_CA_FILE_PATH",
        "YARN_CA_FILE_PATH");
  }

  @Test
  void yarn1KeepsTheVariablesItHad() {
    assertYarnCa("yarn1", "yarn@1.", "YARN_HTTPS_CA_FILE_PATH", "YARN_CA_FILE_PATH");
  }
}
