package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.Declared;
import java.util.Optional;

/**
 * What system.properties asks of the JVM buildpacks, read as they read it
 * ({@link PropertiesFile#herokuValue}): every JVM buildpack installs the JDK it names.
 *
 * @param present true when the app has system.properties
 * @param javaRuntimeVersion java.runtime.version ("21", "21.0.5", "zulu-21", "1.8"), empty when
 *     absent
 * @param mavenVersion maven.version, the Maven the Java buildpack downloads instead of the wrapper
 */
public record SystemProperties(boolean present, Optional<Declared> javaRuntimeVersion,
    Optional<Declared> mavenVersion) {
  public static final String FILE = "system.properties";

  public static SystemProperties read(AppDir app) {
    Optional<PropertiesFile> file = app.read(FILE).map(text -> PropertiesFile.parse(FILE, text));
    return new SystemProperties(file.isPresent(),
        file.flatMap(f -> f.herokuValue("java.runtime.version")).filter(d -> !d.value().isEmpty()),
        file.flatMap(f -> f.herokuValue("maven.version")).filter(d -> !d.value().isEmpty()));
  }
}
