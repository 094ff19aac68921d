package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.EcosystemFacts;
import java.util.List;
import java.util.Optional;

/**
 * What a Maven app declares, each fact with its file and line; no decisions.
 *
 * @param pomFile the POM the buildpack detected ("pom.xml", or another pom.* format)
 * @param pom pom.xml read as XML; empty for the other POM formats, which only Maven's polyglot
 *     extensions read
 * @param system system.properties
 * @param mvnw true when the mvnw script exists
 * @param wrapperProperties .mvn/wrapper/maven-wrapper.properties, when it exists
 * @param wrapperMavenVersion the Maven version the wrapper's distributionUrl names
 * @param settings the root settings.xml, when it exists
 * @param m2Settings .m2/settings.xml committed in the app, which the buildpack prefers
 * @param hasTarget true when a target/ folder is committed
 * @param app the app, for rules that read the files a setting names (MAVEN_SETTINGS_PATH)
 */
public record MavenFacts(String pomFile, Optional<Pom> pom, SystemProperties system,
    boolean mvnw, boolean wrapperProperties, Optional<Declared> wrapperMavenVersion,
    Optional<MavenSettings> settings, Optional<MavenSettings> m2Settings, boolean hasTarget,
    AppDir app) implements EcosystemFacts {
  public static final String ID = "java";

  @Override
  public String ecosystem() {
    return ID;
  }

  /** The module folders of a multi-module build. */
  public List<Declared> modules() {
    return pom.map(Pom::modules).orElse(List.of());
  }
}
