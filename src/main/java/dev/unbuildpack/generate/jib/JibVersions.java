package dev.unbuildpack.generate.jib;

/** The Jib plugins the configurations name; the two are released separately. */
final class JibVersions {
  /**
   * com.google.cloud.tools:jib-maven-plugin: the latest release in Maven Central's
   * maven-metadata.xml, read 2026-12-04.
   */
  static final String MAVEN = "3.5.2";
  /**
   * com.google.cloud.tools:jib-gradle-plugin (Gradle Plugin Portal): the latest release,
   * GoogleContainerTools/jib tag v3.5.4-gradle, 2026-07-14.
   */
  static final String GRADLE = "3.5.4";

  private JibVersions() {}
}
