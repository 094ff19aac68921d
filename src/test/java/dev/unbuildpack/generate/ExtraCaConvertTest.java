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

  @Test
  void yarn3GetsCaFilePathSinceItStopsOnHttpsCaFilePath() {
    String dockerfile = dockerfile("yarn3-extra-ca");
    assertTrue(dockerfile.contains("@yarnpkg/cli-dist@3.8.7"), dockerfile);
    assertTrue(dockerfile.contains("YARN_CA_FILE_PATH=/run/secrets/extra-ca"), dockerfile);
    assertFalse(dockerfile.contains("YARN_HTTPS_CA_FILE_PATH"), dockerfile);
  }

  @Test
  void yarn4GetsHttpsCaFilePathSinceItStopsOnCaFilePath() {
    String dockerfile = dockerfile("yarn-berry");
    assertTrue(dockerfile.contains("@yarnpkg/cli-dist@4.5.3"), dockerfile);
    assertTrue(dockerfile.contains("YARN_HTTPS_CA_FILE_PATH=/run/secrets/extra-ca"), dockerfile);
    assertFalse(dockerfile.contains("YARN_CA_FILE_PATH"), dockerfile);
  }

  @Test
  void yarn1KeepsTheVariablesItHad() {
    String dockerfile = dockerfile("yarn1");
    assertTrue(dockerfile.contains("npm_config_cafile=/run/secrets/extra-ca"), dockerfile);
    assertTrue(dockerfile.contains("YARN_HTTPS_CA_FILE_PATH=/run/secrets/extra-ca"), dockerfile);
    assertFalse(dockerfile.contains("YARN_CA_FILE_PATH"), dockerfile);
  }
}
