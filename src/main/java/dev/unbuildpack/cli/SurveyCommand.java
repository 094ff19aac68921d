package dev.unbuildpack.cli;

import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.survey.ConvertSettings;
import dev.unbuildpack.survey.Shard;
import dev.unbuildpack.survey.SurveyMerge;
import dev.unbuildpack.survey.SurveyReport;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unbuildpack survey DIR...}: every app under the folders, each detected and converted in
 * memory, in one report with a portfolio summary. {@code --merge} joins the JSON reports of
 * {@code --shard} runs into the report of the whole.
 */
@Command(
    name = "survey",
    mixinStandardHelpOptions = true,
    description = "Surveys every app under DIR...: runtimes, package managers, processes, build"
        + " secrets, system packages, add-ons, buildpacks, findings and whether convert would"
        + " succeed, then a portfolio summary. With --merge, DIR... are the JSON reports of"
        + " --shard runs, merged into the report of the whole.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every app was surveyed (an app convert would fail on is a finding, not a failure)",
      "2:usage error",
      "3:at least one app is bad input (its row says why; the report lists every app), no app"
          + " found, or an unreadable --merge report",
      "4:environment, or a bug on some app (its row says so)"
    })
final class SurveyCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", arity = "0..*", converter = PathArgument.class,
      description = "Folders holding apps (each an app, or a folder of apps at any depth).")
  List<Path> dirs;

  @Option(names = "--apps-file", paramLabel = "FILE", converter = PathArgument.class,
      description = "More folders, one per line ('#' comments), as DIR.")
  Path appsFile;

  @Mixin JobsOption jobs;

  @Option(names = "--shard", paramLabel = "I/N",
      description = "Survey only the I-th of N stable slices (by a hash of each app's path).")
  String shard;

  @Option(names = "--merge",
      description = "DIR... are JSON reports of the N shards of one run: print the whole report.")
  boolean merge;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Portfolio.Format format;

  @Option(names = "--output", paramLabel = "FILE", converter = PathArgument.class,
      description = "Write the report to FILE instead of stdout.")
  Path output;

  @Option(names = "--force", description = "Replace an existing --output file.")
  boolean force;

  @Mixin DebugOption debug;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    SurveyReport report;
    if (merge) {
      if (shard != null || appsFile != null || dirs == null || dirs.isEmpty()) {
        throw usage("--merge takes the JSON reports to merge, and no --shard or --apps-file",
            "Run 'unbuildpack survey --merge shard-1.json shard-2.json ...'.");
      }
      report = SurveyMerge.merge(dirs);
    } else {
      if ((dirs == null || dirs.isEmpty()) && appsFile == null) {
        throw usage("Name the folders to survey", "Pass DIR... or --apps-file FILE.");
      }
      report = Portfolio.run(Portfolio.roots(dirs, appsFile),
          shard == null ? null : Shard.parse(shard), jobs.jobs(), ConvertSettings.inMemory(),
          spec.commandLine().getErr());
    }
    return Portfolio.finish(report, format, output, force, spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  private static UsageException usage(String title, String fix) {
    return new UsageException(title, null, null, List.of(fix));
  }
}
