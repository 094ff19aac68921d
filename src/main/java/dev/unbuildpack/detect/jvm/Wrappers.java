package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The tool versions the Maven and Gradle wrappers' properties name in their distributionUrl. */
final class Wrappers {
  static final String MAVEN = ".mvn/wrapper/maven-wrapper.properties";
  static final String GRADLE = "gradle/wrapper/gradle-wrapper.properties";
  private static final Pattern MAVEN_URL = Pattern.compile("apache-maven-([0-9][^/]*?)-bin\\.(?:zip|tar\\.gz)$");
  private static final Pattern GRADLE_URL = Pattern.compile("gradle-([0-9][^/]*?)-(?:bin|all)\\.zip$");

  private Wrappers() {}

  static Optional<Declared> mavenVersion(AppDir app) {
    return version(app, MAVEN, MAVEN_URL);
  }

  static Optional<Declared> gradleVersion(AppDir app) {
    return version(app, GRADLE, GRADLE_URL);
  }

  private static Optional<Declared> version(AppDir app, String file, Pattern pattern) {
    return app.read(file).map(text -> PropertiesFile.parse(file, text))
        .flatMap(p -> p.value("distributionUrl"))
        .flatMap(url -> {
          Matcher match = pattern.matcher(url.value().replace("\\:", ":"));
          return match.find() ? Optional.of(new Declared(match.group(1), url.at()))
              : Optional.empty();
        });
  }

  static Location at(String file) {
    return Location.of(file);
  }
}
