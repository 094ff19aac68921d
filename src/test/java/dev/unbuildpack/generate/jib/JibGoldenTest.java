package dev.unbuildpack.generate.jib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.generate.Conversion;
import dev.unbuildpack.generate.RuleDescriptions;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Jib fixtures converted with the shipped rules and {@code --jib}: their configuration
 * (expected/jib-maven-plugin.xml or expected/jib.gradle) matches the golden, and the files Jib
 * needs in /app are the ones the Dockerfile's build writes. {@code -Dgolden.update=true}
 * rewrites the goldens.
 */
class JibGoldenTest {
  @ParameterizedTest
  @ValueSource(strings = {"java/maven-http-built", "java/maven-jib", "gradle/gradle-jib"})
  void writesItsGoldenConfiguration(String name) {
    Path fixture = Golden.projectDir().resolve("fixtures").resolve(name);
    Detection detection = RuleEngine.builtIn().detect(AppDir.open(fixture));
    Conversion conversion = Conversion.of(
        detection, PlanOptions.defaults(), RuleDescriptions.of(RuleSet.builtIn()));
    Map<String, String> files = JibConfiguration.files(conversion.plan());
    String configuration = name.startsWith("gradle/") ? JibGradleRenderer.FILE
        : JibMavenRenderer.FILE;
    Golden.assertMatches(fixture.resolve("expected").resolve(configuration),
        files.get(configuration));
    List<String> profileFiles = files.keySet().stream()
        .filter(file -> file.startsWith(JibImage.FILES_FOLDER + "/")).toList();
    assertEquals(conversion.plan().processes().profileScripts().stream()
            .filter(script -> JvmProfileScript.of(conversion.plan()).map(JibFile::path)
                .filter(script::equals).isPresent())
            .map(script -> JibImage.FILES_FOLDER + "/" + script).toList(),
        profileFiles, "the generated start-up script, and only it");
  }
}
