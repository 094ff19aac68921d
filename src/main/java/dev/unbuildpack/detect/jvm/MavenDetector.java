package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.detect.Detector;
import java.util.List;
import java.util.Optional;

/**
 * Maven (heroku/java): the classic buildpack's bin/detect passes when the app root holds a POM in
 * one of its eight formats; mvnw alone does not detect.
 */
public final class MavenDetector implements Detector {
  /** bin/detect's extensions, in its order. */
  static final List<String> POMS = List.of("pom.xml", "pom.atom", "pom.clj", "pom.groovy",
      "pom.rb", "pom.scala", "pom.yaml", "pom.yml");

  @Override
  public String id() {
    return MavenFacts.ID;
  }

  @Override
  public int priority() {
    return 300;
  }

  @Override
  public List<String> markers() {
    return POMS;
  }

  @Override
  public boolean detects(AppDir app) {
    return POMS.stream().anyMatch(app::isFile);
  }

  @Override
  public MavenFacts facts(AppDir app) {
    String pomFile = POMS.stream().filter(app::isFile).findFirst().orElse(Pom.FILE);
    Optional<Pom> pom = app.read(Pom.FILE).map(Pom::parse);
    return new MavenFacts(pomFile, pom, SystemProperties.read(app), app.isFile("mvnw"),
        app.isFile(Wrappers.MAVEN), Wrappers.mavenVersion(app),
        app.read("settings.xml").map(text -> MavenSettings.parse("settings.xml", text)),
        app.read(".m2/settings.xml").map(text -> MavenSettings.parse(".m2/settings.xml", text)),
        app.isDirectory("target"), app);
  }
}
