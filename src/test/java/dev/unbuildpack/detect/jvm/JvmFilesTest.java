package dev.unbuildpack.detect.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** pom.xml, settings.xml, properties files and Gradle scripts as the JVM detectors read them. */
class JvmFilesTest {
  @Test
  void aDoctypeIsRefusedSoNoEntityIsEverExpanded() {
    BadInputException refused = assertThrows(BadInputException.class, () -> Pom.parse(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<project><artifactId>&x;</artifactId></project>\n"));
    assertEquals("pom.xml", refused.location().orElseThrow().file());
    assertEquals(2, refused.location().orElseThrow().line());
    assertTrue(refused.fixes().get(0).contains("DOCTYPE"), refused.fixes().toString());
  }

  @Test
  void malformedXmlNamesTheLineTheParserStoppedAt() {
    BadInputException refused = assertThrows(BadInputException.class, () -> Pom.parse(
        "<project>\n  <artifactId>a</artifactId>\n  <version>1</versio>\n</project>\n"));
    assertEquals(3, refused.location().orElseThrow().line());
  }

  @Test
  void nestingBeyondTheBoundIsRefused() {
    String deep = "<project>" + "<a>".repeat(XmlFile.MAX_DEPTH) + "</a>".repeat(XmlFile.MAX_DEPTH)
        + "</project>";
    assertThrows(BadInputException.class, () -> Pom.parse(deep));
  }

  @Test
  void theJarIsTheFinalNameElseArtifactIdAndVersionWithPropertiesResolved() {
    assertEquals(Optional.of("target/orders-app.jar"), Pom.parse("<project><artifactId>o"
        + "</artifactId><version>1</version><build><finalName>orders-app</finalName></build>"
        + "</project>").jar());
    assertEquals(Optional.of("target/api-2.1.0.jar"), Pom.parse("<project><artifactId>api"
        + "</artifactId><version>${revision}</version><properties><revision>2.1.0</revision>"
        + "</properties></project>").jar());
    assertEquals(Optional.of("target/web-3.jar"), Pom.parse("<project><parent><version>3"
        + "</version></parent><artifactId>web</artifactId></project>").jar());
    assertEquals(Optional.empty(), Pom.parse("<project><artifactId>api</artifactId>"
        + "<version>${revision}</version></project>").jar(), "an unresolvable version");
    assertEquals(Optional.empty(), Pom.parse("<project><artifactId>${a}</artifactId>"
        + "<version>1</version><properties><a>${a}</a></properties></project>").jar(),
        "a property cycle");
  }

  @Test
  void modulesAndRepositoriesCarryTheirLines() {
    Pom pom = Pom.parse("<project>\n<modules>\n<module>core</module>\n</modules>\n"
        + "<repositories>\n<repository>\n<id>acme</id>\n</repository>\n</repositories>\n"
        + "</project>");
    assertEquals(List.of(new Declared("core", Location.of("pom.xml", 3))), pom.modules());
    assertEquals(List.of(new Declared("acme", Location.of("pom.xml", 6))), pom.repositories());
  }

  @Test
  void settingsCredentialsAreEnvironmentReferencesOrLiterals() {
    MavenSettings settings = MavenSettings.parse("settings.xml", "<settings><servers>\n"
        + "<server><id>a</id><username>${env.USER_NAME}</username>\n"
        + "<password>${env.REPO_TOKEN}</password></server>\n"
        + "<server><id>b</id><password>hunter2</password></server>\n"
        + "</servers></settings>");
    List<MavenSettings.Credential> found = settings.credentials();
    assertEquals(List.of("USER_NAME"), found.get(0).variables());
    assertFalse(found.get(1).literal());
    assertEquals(List.of("REPO_TOKEN"), found.get(1).variables());
    assertTrue(found.get(2).literal());
    assertEquals(Location.of("settings.xml", 4), found.get(2).at());
  }

  @Test
  void systemPropertiesAreReadAsTheBuildpacksGrepAndSedThem() {
    PropertiesFile file = PropertiesFile.parse("system.properties",
        "# comment\njava.runtime.version = 21 # LTS\nmaven.version=3.9.9\n");
    assertEquals(Optional.of(new Declared("21", Location.of("system.properties", 2))),
        file.herokuValue("java.runtime.version"));
    assertEquals("3.9.9", file.herokuValue("maven.version").orElseThrow().value());
    // The buildpacks' grep anchors the key at the line's start and knows no ':' separator.
    assertEquals(Optional.empty(), PropertiesFile.parse("s", "  java.runtime.version=21\n")
        .herokuValue("java.runtime.version"));
    assertEquals(Optional.empty(), PropertiesFile.parse("s", "java.runtime.version:21\n")
        .herokuValue("java.runtime.version"));
    assertEquals("21", PropertiesFile.parse("s", "java.runtime.version:21\n")
        .value("java.runtime.version").orElseThrow().value(), "Java itself reads ':'");
    assertEquals("zulu-21", PropertiesFile.parse("s", "java.runtime.version=zulu-21\n")
        .herokuValue("java.runtime.version").orElseThrow().value());
  }

  @Test
  void aStageTaskIsFoundInTheUsualFormsButNotInComments() {
    for (String script : List.of("task stage(dependsOn: 'installDist')",
        "tasks.register(\"stage\") { dependsOn(\"installDist\") }",
        "tasks.register<Copy>(\"stage\")", "task(\"stage\")", "val stage by tasks.registering")) {
      assertTrue(new GradleScript("build.gradle", script).stageTask().isPresent(), script);
    }
    for (String script : List.of("// task stage", "/* tasks.register(\"stage\") */",
        "tasks.register(\"stagey\")")) {
      assertFalse(new GradleScript("build.gradle", script).stageTask().isPresent(), script);
    }
  }

  @Test
  void credentialsReadFromTheEnvironmentOrProjectPropertiesAreFoundWithTheirLines() {
    GradleScript script = new GradleScript("build.gradle.kts", "repositories {\n"
        + "  maven(\"https://maven.acme.example/releases\") {\n"
        + "    credentials { username = System.getenv(\"REPO_USER\")\n"
        + "      password = providers.environmentVariable(\"REPO_TOKEN\").get() }\n"
        + "  }\n}\nval partnerPassword: String by project\n"
        + "val other = findProperty(\"partnerUser\")\n");
    assertEquals(List.of(new Declared("REPO_USER", Location.of("build.gradle.kts", 3)),
        new Declared("REPO_TOKEN", Location.of("build.gradle.kts", 4))),
        script.environmentReads());
    assertEquals(List.of("partnerPassword", "partnerUser"),
        script.propertyReads().stream().map(Declared::value).toList());
  }

  @Test
  void settingsNameIncludesAndTheVersionAreRead() {
    GradleScript settings = new GradleScript("settings.gradle",
        "rootProject.name = 'shop'\ninclude 'web', ':api:core'\ninclude(\"worker\")\n");
    assertEquals(Optional.of("shop"), settings.rootProjectName());
    assertEquals(List.of("web", "api/core", "worker"),
        settings.includes().stream().map(Declared::value).toList());
    assertEquals(Optional.of("0.0.1-SNAPSHOT"),
        new GradleScript("build.gradle", "version = '0.0.1-SNAPSHOT'\n").version());
  }
}
