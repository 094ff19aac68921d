package dev.unbuildpack.rules;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Detector;
import dev.unbuildpack.detect.Detectors;
import dev.unbuildpack.model.Process;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which language buildpacks run on the app, in which order, and which of them declares the
 * default processes, as Heroku decides it: the app's buildpack list when it has one (app.json
 * "buildpacks", else .buildpacks), else the first buildpack whose detect passes in Heroku's
 * detection order ({@link Detectors#HEROKU_ORDER}), that one alone.
 */
final class BuildpackOrder {
  private static final String DETECTED = BuildpackRules.PREFIX + "DETECTED";
  private static final String NOT_LISTED = BuildpackRules.PREFIX + "NOT-LISTED";
  private static final String DETECT_FAILED = BuildpackRules.PREFIX + "DETECT-FAILED";
  private static final String NO_LANGUAGE = BuildpackRules.PREFIX + "LIST-NO-LANGUAGE";
  private static final String RELEASE = BuildpackRules.PREFIX + "RELEASE";

  private final RuleSet rules;
  private final BuildpackRules buildpacks;

  BuildpackOrder(RuleSet rules, BuildpackRules buildpacks) {
    this.rules = rules;
    this.buildpacks = buildpacks;
  }

  /** The detectors of the buildpacks that run, in their order; findings say what was left out. */
  List<Detector> choose(AppDir app, DetectionDraft draft) {
    List<Detector> matching = Detectors.all().stream().filter(d -> d.detects(app)).toList();
    if (!buildpacks.languages().isEmpty()) {
      return listed(app, matching, draft);
    }
    if (matching.isEmpty()) {
      throw Detectors.nothingFound(app);
    }
    Detector first = matching.get(0);
    if (buildpacks.hasList()) {
      draft.finding(rules.rule(NO_LANGUAGE), "The buildpack list names no language buildpack"
          + " that unbuildpack knows, so the image builds the one Heroku's detection picks, "
          + buildpackName(first.id()) + " (" + present(app, first) + "); if a listed buildpack is"
          + " a language buildpack of its own, convert what it does by hand.", null);
    }
    for (Detector ignored : matching.subList(1, matching.size())) {
      draft.finding(rules.rule(DETECTED), "The app lists no buildpacks, so Heroku runs only the"
          + " first buildpack whose detect passes, in the order "
          + String.join(", ", Detectors.HEROKU_ORDER) + ": " + buildpackName(first.id()) + " ("
          + present(app, first) + "). " + present(app, ignored) + " would be ignored, on Heroku"
          + " and in this image: nothing of " + buildpackName(ignored.id()) + " runs. To build"
          + " both, list the buildpacks in app.json in the order they must run (" + buildpackName(
              first.id()) + " first when the other's build needs it, as Django's collectstatic"
          + " needs the assets npm builds).", Location.of(firstPresent(app, ignored)));
    }
    return List.of(first);
  }

  /**
   * The buildpacks {@link #choose} runs, then every other ecosystem the app has files of, in
   * Heroku's detection order, with the same findings.
   */
  List<Detector> every(AppDir app, DetectionDraft draft) {
    List<Detector> run = new ArrayList<>(choose(app, draft));
    Detectors.all().stream().filter(d -> d.detects(app) && !run.contains(d)).forEach(run::add);
    return run;
  }

  private List<Detector> listed(AppDir app, List<Detector> matching, DetectionDraft draft) {
    List<Detector> run = new ArrayList<>();
    List<String> listedEcosystems = new ArrayList<>();
    for (BuildpackRules.Listed buildpack : buildpacks.languages()) {
      listedEcosystems.add(buildpack.ecosystem());
      Optional<Detector> detector = Detectors.of(buildpack.ecosystem());
      if (detector.isEmpty()) {
        draft.finding(rules.rule(BuildpackRules.PREFIX + "UNKNOWN"), "Buildpack "
            + buildpack.entry().value() + ": unbuildpack does not convert " + buildpack.ecosystem()
            + " apps yet; the image lacks everything it builds.", buildpack.entry().at());
      } else if (!detector.get().detects(app)) {
        draft.finding(rules.rule(DETECT_FAILED), "Buildpack " + buildpack.entry().value()
            + " is listed but its detect fails: the app has "
            + (detector.get().markers().size() == 1 ? "no " : "none of ")
            + String.join(", ", detector.get().markers()) + ". Heroku stops the build there."
            + " Add the buildpack's files, or remove it from the list.", buildpack.entry().at());
      } else if (!run.contains(detector.get())) {
        run.add(detector.get());
      }
    }
    Location list = buildpacks.languages().get(0).entry().at();
    for (Detector found : matching) {
      if (!listedEcosystems.contains(found.id())) {
        draft.finding(rules.rule(NOT_LISTED), present(app, found) + " would build with "
            + buildpackName(found.id()) + ", which the buildpack list does not name: Heroku runs"
            + " only the listed buildpacks, so " + buildpackName(found.id()) + "'s steps do not"
            + " run, here either (a listed buildpack that reads these files itself still does:"
            + " see its findings). Add "
            + buildpackName(found.id()) + " to the list, before the buildpack that needs its"
            + " result, to build them.", Location.of(list.file()));
      }
    }
    if (run.isEmpty()) {
      throw new BadInputException("No listed language buildpack can build the app",
          list, "Every language buildpack the list names fails its detect, or is not converted"
              + " by unbuildpack: " + String.join(", ", buildpacks.languages().stream()
              .map(b -> b.entry().value()).toList()) + ".",
          List.of("Add the files the listed buildpack detects, or list the buildpack the app"
              + " needs (run 'unbuildpack rules' to see those unbuildpack converts)."));
    }
    return run;
  }

  /**
   * Tells the draft whose default processes count: the last listed buildpack with a bin/release,
   * or, without a list, the one buildpack that ran; a warning names each default another
   * buildpack declared that Heroku therefore ignores, when the Procfile does not declare it.
   */
  void release(List<Detector> ran, DetectionDraft draft) {
    if (buildpacks.languages().isEmpty()) {
      // No list, or one that names no language buildpack: the one detected ran, and releases.
      draft.releasedBy(ran.get(ran.size() - 1).id());
      return;
    }
    Optional<BuildpackRules.Listed> last = buildpacks.lastReleasing();
    String releaser = last.map(BuildpackRules.Listed::ecosystem).orElse(null);
    draft.releasedBy(releaser);
    for (Detector detector : ran) {
      if (detector.id().equals(releaser)) {
        continue;
      }
      for (Map.Entry<String, Process> dropped : draft.defaultProcesses(detector.id()).entrySet()) {
        if (draft.hasProcess(dropped.getKey())) {
          continue;
        }
        String type = dropped.getKey();
        draft.finding(rules.rule(RELEASE), last.map(b -> "Buildpack " + b.entry().value()
            + " is the last in the list with a bin/release, so its default processes are the"
            + " app's").orElse("No listed buildpack has a bin/release") + ": Heroku ignores the"
            + " default '" + type + ": " + dropped.getValue().command() + "' of "
            + buildpackName(detector.id()) + ", and the image has no " + type + " process from"
            + " it either. Declare it in the Procfile to keep it.",
            last.map(b -> b.entry().at()).orElse(null));
      }
    }
  }

  /** The name Heroku gives the ecosystem's official buildpack ("heroku/nodejs"). */
  private String buildpackName(String ecosystem) {
    return rules.all().stream()
        .filter(r -> r.id().startsWith(BuildpackRules.PREFIX) && ecosystem.equals(r.value())
            && !r.values().isEmpty())
        .map(r -> r.values().get(0)).findFirst().orElse(ecosystem + " buildpack");
  }

  /** The detector's files the app has: "package.json". */
  private static String present(AppDir app, Detector detector) {
    List<String> files = detector.markers().stream().filter(app::isFile).toList();
    return String.join(", ", files.isEmpty() ? detector.markers() : files);
  }

  private static String firstPresent(AppDir app, Detector detector) {
    return detector.markers().stream().filter(app::isFile).findFirst()
        .orElse(detector.markers().get(0));
  }
}
