package dev.unbuildpack.detect;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.node.NodeDetector;
import dev.unbuildpack.detect.python.PythonDetector;
import java.util.Comparator;
import java.util.List;

/** The registry of detectors: one line per ecosystem. */
public final class Detectors {
  private static final List<Detector> ALL =
      List.of(
          new NodeDetector(),
          new PythonDetector()
          // one registration line per ecosystem
          );

  private Detectors() {}

  /** Every registered detector, by priority. */
  public static List<Detector> all() {
    return ALL.stream().sorted(Comparator.comparingInt(Detector::priority)).toList();
  }

  /** Facts of every ecosystem the app belongs to, by priority; none is bad input (exit 3). */
  public static List<EcosystemFacts> detect(AppDir app) {
    List<EcosystemFacts> found =
        all().stream().filter(d -> d.detects(app)).map(d -> d.facts(app)).toList();
    if (found.isEmpty()) {
      throw new BadInputException(
          "No supported ecosystem found in the app",
          Location.of(app.name()),
          "Looked for: "
              + String.join(", ", all().stream().map(Detectors::lookedFor).toList())
              + "." + (app.refusedLinks().isEmpty() ? "" : " Not followed, as they point outside"
              + " the app: " + String.join(", ", app.refusedLinks()) + "."),
          List.of("Pass the app's root folder (the one with package.json)."));
    }
    return found;
  }

  private static String lookedFor(Detector detector) {
    return detector.id() + " (" + String.join(", ", detector.markers()) + ")";
  }
}
