package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.Detector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Gradle (heroku/gradle): the classic buildpack's bin/detect passes on gradlew or any root build
 * or settings script; the build scripts are read as text, never run.
 */
public final class GradleDetector implements Detector {
  private static final List<String> MARKERS = List.of("gradlew", "build.gradle",
      "build.gradle.kts", "settings.gradle", "settings.gradle.kts");
  /** Included projects whose scripts are read; a bound, as settings may include many. */
  private static final int MAX_PROJECTS = 64;

  @Override
  public String id() {
    return GradleFacts.ID;
  }

  @Override
  public int priority() {
    return 310;
  }

  @Override
  public List<String> markers() {
    return MARKERS;
  }

  @Override
  public boolean detects(AppDir app) {
    return MARKERS.stream().anyMatch(app::isFile);
  }

  @Override
  public GradleFacts facts(AppDir app) {
    Optional<String> buildFile = script(app, "", "build.gradle");
    Optional<String> settingsFile = script(app, "", "settings.gradle");
    Optional<GradleScript> settings = settingsFile
        .flatMap(f -> app.read(f).map(text -> new GradleScript(f, text)));
    List<GradleScript> scripts = new ArrayList<>();
    buildFile.flatMap(f -> app.read(f).map(text -> new GradleScript(f, text)))
        .ifPresent(scripts::add);
    List<Declared> includes = settings.map(GradleScript::includes).orElse(List.of());
    for (Declared project : includes.stream().limit(MAX_PROJECTS).toList()) {
      script(app, project.value() + "/", "build.gradle")
          .flatMap(f -> app.read(f).map(text -> new GradleScript(f, text)))
          .ifPresent(scripts::add);
    }
    return new GradleFacts(buildFile, scripts, settings, SystemProperties.read(app),
        app.isFile("gradlew"), Wrappers.gradleVersion(app),
        app.read("gradle.properties").map(text -> PropertiesFile.parse("gradle.properties", text)),
        app);
  }

  /** The Groovy script, else the Kotlin one ("build.gradle", "build.gradle.kts"). */
  private static Optional<String> script(AppDir app, String folder, String name) {
    for (String candidate : List.of(folder + name, folder + name + ".kts")) {
      if (app.isFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
