package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.EcosystemFacts;
import java.util.List;
import java.util.Optional;

/**
 * What a Gradle app declares, read as text; no decisions.
 *
 * @param buildFile the root build script ("build.gradle" or "build.gradle.kts"), when present
 * @param scripts the root build script, then each included project's, for facts any may hold
 * @param settings settings.gradle(.kts), when present
 * @param system system.properties
 * @param gradlew true when the gradlew script exists
 * @param wrapperGradleVersion the Gradle version gradle/wrapper/gradle-wrapper.properties names
 * @param gradleProperties gradle.properties, when present
 * @param app the app, for the name Gradle gives a project without rootProject.name
 */
public record GradleFacts(Optional<String> buildFile, List<GradleScript> scripts,
    Optional<GradleScript> settings, SystemProperties system, boolean gradlew,
    Optional<Declared> wrapperGradleVersion, Optional<PropertiesFile> gradleProperties,
    dev.unbuildpack.app.AppDir app)
    implements EcosystemFacts {
  public static final String ID = "gradle";

  public GradleFacts {
    scripts = List.copyOf(scripts);
  }

  @Override
  public String ecosystem() {
    return ID;
  }

  /** The included projects of a multi-project build. */
  public List<Declared> includes() {
    return settings.map(GradleScript::includes).orElse(List.of());
  }
}
