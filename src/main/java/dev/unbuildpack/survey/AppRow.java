package dev.unbuildpack.survey;

import dev.unbuildpack.model.Severity;
import java.util.List;

/**
 * One app of a survey: what {@code detect} decided about it, in the few words a portfolio table
 * needs, and whether {@code convert} would succeed. Everything the summary says is computed from
 * rows alone, so merged shards summarise exactly as one run does.
 *
 * @param exitCode what {@code detect} (survey) or {@code convert} (convert --each) exits with on
 *     this app alone: 0, or 3 when it is bad input ({@code error} says why)
 * @param error why the app could not be surveyed; null when it was
 * @param buildSecrets names of the secrets its build needs, sorted; never values
 * @param addons app.json add-on plans
 * @param findingCounts how many findings of each severity
 * @param findings the errors and warnings, each with its rule and place (details: {@code
 *     unbuildpack detect})
 */
public record AppRow(
    String path,
    Placement placement,
    String container,
    int exitCode,
    Problem error,
    List<EcosystemRow> ecosystems,
    List<ProcessRow> processes,
    List<String> buildSecrets,
    PackageNames systemPackages,
    List<String> addons,
    List<BuildpackRow> buildpacks,
    FindingCounts findingCounts,
    List<FindingRow> findings,
    ConvertOutcome convert) {

  public AppRow {
    ecosystems = List.copyOf(ecosystems);
    processes = List.copyOf(processes);
    buildSecrets = List.copyOf(buildSecrets);
    addons = List.copyOf(addons);
    buildpacks = List.copyOf(buildpacks);
    findings = List.copyOf(findings);
  }

  /** The row of an app that could not be surveyed. */
  static AppRow failed(FoundApp app, int exitCode, Problem error) {
    return new AppRow(app.path(), app.placement(), app.container(), exitCode, error, List.of(),
        List.of(), List.of(), new PackageNames(List.of(), List.of()), List.of(), List.of(),
        new FindingCounts(0, 0, 0), List.of(),
        new ConvertOutcome(false, error.oneLine(), null));
  }

  public boolean failed() {
    return exitCode != 0;
  }

  /**
   * @param line the runtime's release line as its ecosystem's end-of-life rule counts lines
   *     ("24" for Node.js); null when no version was resolved
   * @param eol true when the ecosystem's end-of-life rule flagged the resolved version
   */
  public record EcosystemRow(
      String id, String runtime, String version, String requested, String line, boolean eol,
      String packageManager, String packageManagerVersion, String lockfile) {}

  public record ProcessRow(String type, String command) {}

  /** Debian package names for the build stage and the runtime stage. */
  public record PackageNames(List<String> build, List<String> run) {
    public PackageNames {
      build = List.copyOf(build);
      run = List.copyOf(run);
    }
  }

  /**
   * A buildpack the app lists (app.json "buildpacks", else .buildpacks).
   *
   * @param source file and line that lists it
   * @param rule the HEROKU-BUILDPACK-* rule that converts it
   * @param encoded false when no rule knows it (HEROKU-BUILDPACK-UNKNOWN): the image lacks what
   *     it installs
   */
  public record BuildpackRow(String name, String source, String rule, boolean encoded) {}

  public record FindingCounts(int error, int warning, int info) {}

  public record FindingRow(Severity severity, String rule, String file, Integer line) {}

  /**
   * @param succeeds true when convert would write (or, with convert --each, wrote) the files
   * @param problem why not, one line; null when it succeeds
   * @param output the folder the files were written to (convert --each); null otherwise
   */
  public record ConvertOutcome(boolean succeeds, String problem, String output) {}
}
