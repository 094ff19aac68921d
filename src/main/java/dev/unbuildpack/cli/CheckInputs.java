package dev.unbuildpack.cli;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.check.AppNeeds;
import dev.unbuildpack.check.CheckRules;
import dev.unbuildpack.check.Need;
import dev.unbuildpack.check.ProvidedSecrets;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.JsonInput;
import dev.unbuildpack.common.ReadLimit;
import dev.unbuildpack.detect.Detectors;
import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.dockerfile.DockerfileParser;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.rules.RuleEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads what {@code check} works on: the app's needs, its Dockerfile, the provided names. */
final class CheckInputs {
  private CheckInputs() {}

  /**
   * What the app needs: from a saved detection when given, else detected as {@code detect} does.
   * An app no detector recognises still gets its Dockerfile and credential files checked.
   */
  static AppNeeds needs(AppDir app, Path detectionFile, CheckRules rules) {
    if (detectionFile != null) {
      return AppNeeds.of(savedDetection(detectionFile), rules);
    }
    if (Detectors.all().stream().noneMatch(detector -> detector.detects(app))) {
      return AppNeeds.undetected("No supported ecosystem was detected, so no build secret is known"
          + " to be needed; only the Dockerfile and committed credentials were checked.");
    }
    return AppNeeds.of(RuleEngine.builtIn().detectEveryEcosystem(app), rules);
  }

  private static Detection savedDetection(Path detectionFile) {
    String shown = detectionFile.toString();
    return JsonInput.read(BoundedRead.text(detectionFile, ReadLimit.DETECTION, shown),
        Detection.class, shown, "detection",
        "Pass the output of 'unbuildpack detect APP --format json'.");
  }

  /** The Dockerfile given, else APP/Dockerfile when there is one. */
  static Optional<Dockerfile> dockerfile(AppDir app, Path given) {
    if (given == null) {
      return app.read("Dockerfile").map(text -> DockerfileParser.parse("Dockerfile", text));
    }
    String shown = CliPaths.shownPath(app, given);
    return Optional.of(DockerfileParser.parse(shown,
        BoundedRead.text(given, ReadLimit.DOCKERFILE, shown)));
  }

  /** The names from --provided and --from-env; empty when neither was given. */
  static Optional<Set<String>> provided(List<String> listed, boolean fromEnv, List<Need> needs,
      Optional<Dockerfile> dockerfile) {
    if (!fromEnv && listed == null) {
      return Optional.empty();
    }
    Set<String> names = new TreeSet<>();
    if (listed != null) {
      listed.stream().map(String::strip).filter(n -> !n.isEmpty()).forEach(names::add);
    }
    if (fromEnv) {
      names.addAll(ProvidedSecrets.fromEnvironment(System.getenv(), needs, dockerfile));
    }
    return Optional.of(names);
  }
}
