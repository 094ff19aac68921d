package dev.unbuildpack.detect.jvm;

import static dev.unbuildpack.testing.ParserContract.holds;
import static dev.unbuildpack.testing.ParserContract.text;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzz tests of the JVM build files unbuildpack reads without running Maven or Gradle: pom.xml
 * and settings.xml (XML, DOCTYPE refused, bounded), the properties files (system.properties,
 * gradle.properties, the wrappers') and the Gradle scripts read as text. Each parses the input as
 * the detectors do, then asks every question the rules ask. A plain test run replays the inputs
 * under JvmBuildFilesFuzzTestInputs/; {@code -Pfuzz} fuzzes.
 */
class JvmBuildFilesFuzzTest {

  @FuzzTest
  void pomXml(byte[] input) throws Exception {
    holds(() -> {
      Pom pom = Pom.parse(text(input));
      pom.jar();
      pom.mentions("<groupId>org.springframework.boot");
      pom.modules().forEach(m -> m.at().toString());
      pom.repositories().forEach(r -> r.at().toString());
    });
  }

  @FuzzTest
  void settingsXml(byte[] input) throws Exception {
    holds(() -> MavenSettings.parse("settings.xml", text(input)).credentials()
        .forEach(c -> c.at().toString()));
  }

  @FuzzTest
  void propertiesFile(byte[] input) throws Exception {
    holds(() -> {
      PropertiesFile file = PropertiesFile.parse("system.properties", text(input));
      file.herokuValue("java.runtime.version");
      file.herokuValue("maven.version");
      file.value("distributionUrl");
      file.entries().values().forEach(d -> d.at().toString());
    });
  }

  @FuzzTest
  void gradleScript(byte[] input) throws Exception {
    holds(() -> {
      GradleScript script = new GradleScript("build.gradle.kts", text(input));
      script.stageTask();
      script.mentions("org.springframework.boot");
      script.environmentReads();
      script.propertyReads();
      script.rootProjectName();
      script.version();
      script.includes();
    });
  }
}
