package dev.unbuildpack.survey;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.AtomicWriter;
import dev.unbuildpack.common.ExitCode;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.UnbuildpackException;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.generate.Conversion;
import dev.unbuildpack.generate.RuleDescriptions;
import dev.unbuildpack.model.BuildSecret;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Ecosystem;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.model.SystemPackage;
import dev.unbuildpack.plan.BuildContext;
import dev.unbuildpack.plan.PlanOptions;
import dev.unbuildpack.survey.AppRow.BuildpackRow;
import dev.unbuildpack.survey.AppRow.ConvertOutcome;
import dev.unbuildpack.survey.AppRow.EcosystemRow;
import dev.unbuildpack.survey.AppRow.FindingCounts;
import dev.unbuildpack.survey.AppRow.FindingRow;
import dev.unbuildpack.survey.AppRow.PackageNames;
import dev.unbuildpack.survey.AppRow.ProcessRow;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Surveys one app: the detection {@code detect} prints, and the plan and files {@code convert}
 * would write, rendered in memory (written only for convert --each). A problem with the app is its
 * row, never an exception: one bad app must not stop a portfolio.
 */
public final class AppSurveyor {
  private static final String BUILDPACK_RULES = "HEROKU-BUILDPACK-";
  private static final String UNKNOWN_BUILDPACK = BUILDPACK_RULES + "UNKNOWN";

  private final Function<AppDir, Detection> detector;
  private final RuleDescriptions rules;
  private final RuntimeLines lines;
  private final ConvertSettings settings;

  public AppSurveyor(Function<AppDir, Detection> detector, RuleDescriptions rules,
      RuntimeLines lines, ConvertSettings settings) {
    this.detector = detector;
    this.rules = rules;
    this.lines = lines;
    this.settings = settings;
  }

  public AppRow survey(FoundApp app) {
    if (app.refusal() != null) {
      return AppRow.failed(app, ExitCode.BAD_INPUT, app.refusal());
    }
    try {
      AppDir dir = AppDir.open(app.dir());
      Detection detection = detector.apply(dir);
      ConvertOutcome convert = convert(app, detection);
      // convert --each fails an app convert would fail; survey reports it as a finding.
      int exitCode = settings.mode().converting() && !convert.succeeds()
          ? ExitCode.BAD_INPUT : ExitCode.OK;
      return row(app, dir, detection, exitCode, convert);
    } catch (UnbuildpackException e) {
      return AppRow.failed(app, e.exitCode(), Problem.of(e));
    } catch (RuntimeException | StackOverflowError e) {
      // Our bug, not the app's: the run goes on, and the row says so as the CLI would (exit 4).
      return AppRow.failed(app, ExitCode.ENVIRONMENT, new Problem(
          "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage(), null,
          "This is a bug in unbuildpack; 'unbuildpack detect --debug' on this app shows where."));
    }
  }

  /** Plans and renders as convert does; writes the files, all or none, for convert --each. */
  private ConvertOutcome convert(FoundApp app, Detection detection) {
    if (detection.hasErrors()) {
      List<String> errors = detection.findings().stream()
          .filter(f -> f.severity() == Severity.ERROR).map(Finding::rule).distinct().toList();
      return new ConvertOutcome(false, "error findings (the buildpack would fail, or the image"
          + " would be unsafe): " + String.join(", ", errors), null);
    }
    Path target = settings.outputFolder().apply(app);
    try {
      PlanOptions options = new PlanOptions(settings.imageMap(), settings.extraCaFile(),
          BuildContext.of(app.dir(), target));
      Conversion conversion = Conversion.of(detection, options, rules);
      if (settings.mode() != ConvertSettings.Mode.WRITE) {
        return new ConvertOutcome(true, null, null);
      }
      Map<Path, String> files = new LinkedHashMap<>();
      conversion.files().forEach((name, text) -> files.put(target.resolve(name), text));
      AtomicWriter.forOutputDirectory(settings.force()).writeAll(files);
      return new ConvertOutcome(true, null, Survey.shown(target));
    } catch (UnbuildpackException e) {
      return new ConvertOutcome(false, Problem.of(e).oneLine(), null);
    }
  }

  private AppRow row(FoundApp app, AppDir dir, Detection detection, int exitCode,
      ConvertOutcome convert) {
    List<EcosystemRow> ecosystems = detection.ecosystems().stream()
        .map(eco -> ecosystem(eco, detection)).toList();
    List<ProcessRow> processes = detection.processes().stream()
        .map(p -> new ProcessRow(p.type(), p.command())).toList();
    List<String> secrets = detection.buildSecrets().stream().map(BuildSecret::name).distinct()
        .sorted().toList();
    PackageNames packages = new PackageNames(names(detection.systemPackages().build()),
        names(detection.systemPackages().run()));
    List<String> addons = detection.addons().stream().map(a -> a.plan()).toList();
    Map<Severity, Integer> counts = new HashMap<>();
    detection.findings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    List<FindingRow> findings = detection.findings().stream()
        .filter(f -> f.severity().atLeast(Severity.WARNING))
        .map(f -> new FindingRow(f.severity(), f.rule(), f.file(), f.line())).toList();
    return new AppRow(app.path(), app.placement(), app.container(), exitCode, null, ecosystems,
        processes, secrets, packages, addons, buildpacks(dir, detection),
        new FindingCounts(counts.getOrDefault(Severity.ERROR, 0),
            counts.getOrDefault(Severity.WARNING, 0), counts.getOrDefault(Severity.INFO, 0)),
        findings, convert);
  }

  private EcosystemRow ecosystem(Ecosystem eco, Detection detection) {
    var runtime = eco.runtime();
    var pm = eco.packageManager();
    return new EcosystemRow(eco.id(), runtime.name(), runtime.version(), runtime.requested(),
        lines.line(eco.id(), runtime.version(), runtime.requested()),
        lines.endOfLife(eco.id(), detection),
        pm == null ? null : pm.name(), pm == null ? null : pm.version(),
        pm == null ? null : pm.lockfile());
  }

  private static List<String> names(List<SystemPackage> packages) {
    return packages.stream().map(SystemPackage::name).distinct().sorted().toList();
  }

  /**
   * The buildpacks the app lists, as the rules read them: each listed buildpack gets one
   * HEROKU-BUILDPACK-* finding at the line that lists it, so the list, its order and which one
   * counts (app.json's or .buildpacks) are the rules' decision, joined here with the line's text.
   */
  private static List<BuildpackRow> buildpacks(AppDir dir, Detection detection) {
    if (detection.findings().stream().noneMatch(f -> f.rule().startsWith(BUILDPACK_RULES))) {
      return List.of(); // most apps list none: no need to read the platform files again
    }
    HerokuFiles heroku = HerokuFiles.read(dir);
    Map<String, String> listedAt = new HashMap<>();
    Stream.concat(heroku.appJson().map(a -> a.buildpacks().stream()).orElse(Stream.empty()),
            heroku.buildpacksFile().stream())
        .forEach(entry -> listedAt.put(key(entry.at()), entry.value()));
    return detection.findings().stream()
        .filter(f -> f.rule().startsWith(BUILDPACK_RULES) && f.file() != null)
        .filter(f -> listedAt.containsKey(key(f)))
        .map(f -> new BuildpackRow(listedAt.get(key(f)), key(f), f.rule(),
            !f.rule().equals(UNKNOWN_BUILDPACK)))
        .toList();
  }

  private static String key(Location at) {
    return at.file() + ":" + at.line();
  }

  private static String key(Finding finding) {
    return finding.file() + ":" + finding.line();
  }
}
