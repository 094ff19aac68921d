package dev.unbuildpack.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.testing.Golden;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The words a conversion uses for its images and steps hold for the ecosystem converted. */
class StageAndStepWordingTest {
  private static Conversion convert(String fixture) {
    Detection detection = RuleEngine.builtIn().detect(
        AppDir.open(Golden.projectDir().resolve("fixtures").resolve(fixture)));
    return Conversion.of(detection, PlanOptions.defaults(), RuleDescriptions.of(RuleSet.builtIn()));
  }

  @Test
  void goStagesClaimNoPython3AndTheRuntimeStageNoGo() {
    String dockerfile = convert("go/procfile").files().get(Conversion.DOCKERFILE);
    String report = convert("go/procfile").files().get(Conversion.REPORT);
    assertFalse(dockerfile.contains("python3"), dockerfile);
    assertFalse(report.contains("python3"), report);
    assertTrue(dockerfile.contains("# Runtime stage: Debian slim, without Go or compilers,"),
        dockerfile);
  }

  @Test
  void goSaysOnceThatTheWholeAppIsCopiedBeforeTheInstall() {
    String dockerfile = convert("go/procfile").files().get(Conversion.DOCKERFILE);
    Matcher copied = Pattern.compile("whole\\s+(#\\s+)?app\\s+(#\\s+)?is\\s+(#\\s+)?copied")
        .matcher(dockerfile);
    int count = 0;
    while (copied.find()) {
      count++;
    }
    assertEquals(1, count, dockerfile);
  }

  @Test
  void aPythonPreCompileHookIsTitledAsTheHookItIs() {
    String dockerfile = convert("python/pre-post-compile").files().get(Conversion.DOCKERFILE);
    assertTrue(dockerfile.contains(
        "# bin/pre_compile hook, before the install as on Heroku [PYTHON-STEP-PRE-COMPILE]"),
        dockerfile);
    assertFalse(dockerfile.contains("heroku-prebuild"), dockerfile);
  }

  @Test
  void javaPlatformGemsOfAJrubyAppAskForNoCompiler() {
    Detection detection = RuleEngine.builtIn().detect(
        AppDir.open(Golden.projectDir().resolve("fixtures/ruby/jruby")));
    assertTrue(detection.systemPackages().build().stream()
        .noneMatch(p -> p.rule().equals("RUBY-NATIVE-C-EXTENSION")),
        detection.systemPackages().build().toString());
  }
}
