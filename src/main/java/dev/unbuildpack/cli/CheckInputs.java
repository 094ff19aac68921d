package dev.unbuildpack.cli;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.check.AppNeeds;
import dev.unbuildpack.check.CheckRules;
import dev.unbuildpack.check.Need;
import dev.unbuildpack.check.ProvidedSecrets;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Detectors;
import dev.unbuildpack.dockerfile.Dockerfile;
import dev.unbuildpack.dockerfile.DockerfileParser;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.rules.RuleEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    return AppNeeds.of(RuleEngine.builtIn().detect(app), rules);
  }

  private static Detection savedDetection(Path detectionFile) {
    try {
      return Json.mapper().readValue(Files.readString(detectionFile, StandardCharsets.UTF_8),
          Detection.class);
    } catch (IOException e) {
      throw new BadInputException("Cannot read the detection", Location.of(detectionFile.toString()),
          e.getMessage(), List.of("Pass the output of 'unbuildpack detect APP --format json'."), e);
    }
  }

  /** The Dockerfile given, else APP/Dockerfile when there is one. */
  static Optional<Dockerfile> dockerfile(AppDir app, Path given) {
    if (given == null) {
      return app.read("Dockerfile").map(text -> DockerfileParser.parse("Dockerfile", text));
    }
    try {
      String text = Files.readString(given, StandardCharsets.UTF_8);
      return Optional.of(DockerfileParser.parse(CliPaths.shownPath(app, given), text));
    } catch (IOException e) {
      throw new BadInputException("Cannot read the Dockerfile", Location.of(given.toString()),
          e.getMessage(), List.of("Check the path given to --dockerfile."), e);
    }
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
