package dev.unbuildpack.rules.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.jvm.SystemProperties;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.Runtime;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.rules.DetectionDraft;
import dev.unbuildpack.rules.RuleSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JDK as heroku-buildpack-jvm-common resolves java.runtime.version, and its Temurin image. */
class JdkRulesTest {
  private final DetectionDraft draft = new DetectionDraft("app");

  private Runtime resolve(String request) {
    SystemProperties system = new SystemProperties(true, request == null ? Optional.empty()
        : Optional.of(new Declared(request, Location.of("system.properties", 1))),
        Optional.empty());
    return new JdkRules(RuleSet.builtIn()).apply(system, draft);
  }

  private List<Finding> findings() {
    Detection detection = draft.build();
    return detection.findings();
  }

  @Test
  void aMajorVersionIsItsNewestPatchAndAnExactOneIsKept() {
    assertEquals("21.0.12", resolve("21").version());
    assertEquals("17.0.19", resolve("17.0.19").version());
    assertEquals("1.8.0_502", resolve("1.8").version());
    assertEquals("1.8.0_502", resolve("8").version());
    assertEquals("JVM-JDK-SYSTEM-PROPERTIES", resolve("25").rule());
  }

  @Test
  void withoutARequestTheDefaultLtsIsInstalledWithAWarning() {
    Runtime jdk = resolve(null);
    assertEquals("25.0.4", jdk.version());
    assertEquals("JVM-JDK-DEFAULT", jdk.rule());
    assertTrue(findings().stream().anyMatch(f -> f.rule().equals("JVM-JDK-DEFAULT")
        && f.severity() == Severity.WARNING));
  }

  @Test
  void theZuluPrefixIsTheDefaultDistribution() {
    assertEquals("21.0.12", resolve("zulu-21").version());
    assertTrue(findings().stream().anyMatch(f -> f.rule().equals("JVM-JDK-DISTRIBUTION")));
  }

  @Test
  void theDiscontinuedHerokuDistributionAndUnknownOnesFailWithFileAndLine() {
    assertNull(resolve("heroku-21").version());
    assertNull(resolve("corretto-21").version());
    List<Finding> errors = findings().stream().filter(f -> f.severity() == Severity.ERROR)
        .toList();
    assertEquals(2, errors.size());
    assertTrue(errors.stream().allMatch(f -> f.rule().equals("JVM-JDK-HEROKU-DISTRIBUTION")
        && "system.properties".equals(f.file()) && f.line() == 1));
  }

  @Test
  void anUnknownVersionFailsAsOnHeroku() {
    // The inventory's alias "21.0.0" points at "21", which is no published version.
    for (String request : List.of("21.0.99", "21.0.0", "1.7", "latest")) {
      assertNull(resolve(request).version(), request);
    }
    assertEquals(4, findings().stream().filter(f -> f.rule().equals("JVM-JDK-UNSUPPORTED"))
        .count());
  }

  @Test
  void anExactReleaseWithoutATemurinImageTakesTheNewestListedOneOfItsMajor() {
    Runtime jdk = resolve("21.0.5");
    assertEquals("21.0.12", jdk.version());
    assertEquals("JVM-JDK-TEMURIN-UNLISTED", jdk.rule());
    assertNull(resolve("22").version(), "no Temurin image of JDK 22 is listed");
  }

  @Test
  void theImagesAreUbuntuSoTheDebianChoiceSaysSo() {
    resolve("21");
    assertEquals("JVM-IMAGES-UBUNTU", draft.build().debian().rule());
  }
}
