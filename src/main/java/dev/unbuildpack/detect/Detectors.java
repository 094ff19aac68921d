package dev.unbuildpack.detect;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.go.GoDetector;
import dev.unbuildpack.detect.jvm.GradleDetector;
import dev.unbuildpack.detect.jvm.MavenDetector;
import dev.unbuildpack.detect.jvm.SbtDetector;
import dev.unbuildpack.detect.node.NodeDetector;
import dev.unbuildpack.detect.python.PythonDetector;
import dev.unbuildpack.detect.ruby.RubyDetector;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The registry of detectors: one line per ecosystem. */
public final class Detectors {
  private static final List<Detector> ALL =
      List.of(
          new NodeDetector(),
          new PythonDetector(),
          new RubyDetector(),
          new GoDetector(),
          new MavenDetector(), new GradleDetector(), new SbtDetector()
          // one registration line per ecosystem
          );

  /**
   * The order Heroku runs the official buildpacks' detect in when an app has no buildpack list;
   * the first that passes is the app's only buildpack (Dev Center, "Buildpacks", 2024-08-02:
   * Ruby, Node.js, Clojure, Python, Java, Gradle, Scala, PHP, Go). By ecosystem id; Clojure,
   * Gradle and Scala keep their place for when they have detectors.
   */
  public static final List<String> HEROKU_ORDER =
      List.of("ruby", "node", "clojure", "python", "java", "gradle", "scala", "php", "go");

  private Detectors() {}

  /** Every registered detector, in Heroku's detection order (then by priority). */
  public static List<Detector> all() {
    return ALL.stream().sorted(Comparator.comparingInt(Detectors::herokuRank)
        .thenComparingInt(Detector::priority)).toList();
  }

  /** The detector of one ecosystem id, when one is registered. */
  public static Optional<Detector> of(String ecosystem) {
    return ALL.stream().filter(d -> d.id().equals(ecosystem)).findFirst();
  }

  private static int herokuRank(Detector detector) {
    int rank = HEROKU_ORDER.indexOf(detector.id());
    return rank < 0 ? HEROKU_ORDER.size() : rank;
  }

  /** "No supported ecosystem found", naming the files every detector looks for. */
  public static BadInputException nothingFound(AppDir app) {
    return new BadInputException(
        "No supported ecosystem found in the app",
        Location.of(app.name()),
        "Looked for: "
            + String.join(", ", all().stream().map(Detectors::lookedFor).toList())
            + "." + (app.refusedLinks().isEmpty() ? "" : " Not followed, as they point outside"
            + " the app: " + String.join(", ", app.refusedLinks()) + "."),
        List.of("Pass the app's root folder (the one with package.json)."));
  }

  /** The ecosystem and the files it is detected by: "node (package.json)". */
  private static String lookedFor(Detector detector) {
    return detector.id() + " (" + String.join(", ", detector.markers()) + ")";
  }
}
