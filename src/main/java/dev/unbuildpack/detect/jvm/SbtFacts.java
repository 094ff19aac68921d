package dev.unbuildpack.detect.jvm;

import dev.unbuildpack.detect.EcosystemFacts;
import java.util.List;

/**
 * An sbt app: the files the Scala buildpack detects it by, and its system.properties.
 *
 * @param markers the files found ("build.sbt", "project/build.properties")
 */
public record SbtFacts(List<String> markers, SystemProperties system) implements EcosystemFacts {
  public static final String ID = "scala";

  public SbtFacts {
    markers = List.copyOf(markers);
  }

  @Override
  public String ecosystem() {
    return ID;
  }
}
