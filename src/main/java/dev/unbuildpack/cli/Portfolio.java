package dev.unbuildpack.cli;

import dev.unbuildpack.common.AtomicWriter;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.ReadLimit;
import dev.unbuildpack.common.text.VisibleText;
import dev.unbuildpack.detect.Declared;
import dev.unbuildpack.detect.heroku.HerokuFiles;
import dev.unbuildpack.generate.RuleDescriptions;
import dev.unbuildpack.rules.RuleEngine;
import dev.unbuildpack.rules.RuleSet;
import dev.unbuildpack.survey.AppFinder;
import dev.unbuildpack.survey.AppRow;
import dev.unbuildpack.survey.AppSurveyor;
import dev.unbuildpack.survey.ConvertSettings;
import dev.unbuildpack.survey.FoundApp;
import dev.unbuildpack.survey.RuntimeLines;
import dev.unbuildpack.survey.Shard;
import dev.unbuildpack.survey.Survey;
import dev.unbuildpack.survey.SurveyCsv;
import dev.unbuildpack.survey.SurveyMarkdown;
import dev.unbuildpack.survey.SurveyReport;
import dev.unbuildpack.survey.SurveyText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What survey and convert --each share: finding the apps, running them, printing the report. */
final class Portfolio {
  enum Format { text, json, markdown, csv }

  private Portfolio() {}

  /** The folders named on the command line, then those listed in the apps file. */
  static List<Path> roots(List<Path> dirs, Path appsFile) {
    List<Path> roots = new ArrayList<>(dirs == null ? List.of() : dirs);
    if (appsFile != null) {
      String shown = appsFile.toString();
      String text = BoundedRead.text(appsFile, ReadLimit.APPS_FILE, shown);
      for (Declared line : HerokuFiles.lines(shown, text)) {
        try {
          roots.add(Path.of(line.value()));
        } catch (java.nio.file.InvalidPathException e) {
          throw new BadInputException("Not a path: " + VisibleText.of(line.value()), line.at(),
              e.getReason(), List.of("List one folder per line; '#' starts a comment."));
        }
      }
    }
    return roots;
  }

  /** Finds the apps, keeps the shard's, and surveys (or converts) them on {@code jobs} threads. */
  static SurveyReport run(List<Path> roots, Shard shard, int jobs, ConvertSettings settings,
      PrintWriter err) {
    List<FoundApp> found = AppFinder.withRegisteredDetectors().find(roots);
    if (found.isEmpty()) {
      throw new BadInputException("No app found",
          Location.of(String.join(", ", roots.stream().map(Survey::shown).toList())),
          "No folder there holds a Procfile, an app.json or a file a detector recognises.",
          List.of("Pass the folders that hold the apps, or list them with --apps-file."));
    }
    List<FoundApp> apps = shard == null ? found
        : found.stream().filter(app -> shard.includes(app.path())).toList();
    RuleSet rules = RuleSet.builtIn();
    AppSurveyor surveyor = new AppSurveyor(app -> RuleEngine.builtIn().detect(app),
        RuleDescriptions.of(rules), new RuntimeLines(rules), settings);
    List<AppRow> rows = Survey.run(apps, surveyor, jobs, SurveyProgress.forConsole(err));
    return SurveyReport.of(shard, rows);
  }

  /**
   * Prints or writes the report, says on stderr how many apps failed, and returns the exit code:
   * 0 when every app was surveyed (or converted), else the highest of the failed apps' (3).
   */
  static int finish(SurveyReport report, Format format, Path output, boolean force,
      PrintWriter out, PrintWriter err) {
    String text = switch (format) {
      case json -> Json.write(report);
      case text -> SurveyText.render(report);
      case markdown -> SurveyMarkdown.render(report);
      case csv -> SurveyCsv.render(report);
    };
    if (output == null) {
      out.print(text);
      out.flush();
    } else {
      AtomicWriter.forOutputFile(force).write(output, text);
    }
    int failed = report.summary().apps().failed();
    if (failed > 0) {
      err.println(failed + " of " + report.apps().size() + " apps failed (exit code "
          + report.exitCode() + "); the report says why for each.");
      err.flush();
    }
    return report.exitCode();
  }
}
