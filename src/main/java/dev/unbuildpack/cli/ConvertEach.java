package dev.unbuildpack.cli;

import dev.unbuildpack.common.UsageException;
import dev.unbuildpack.survey.ConvertSettings;
import dev.unbuildpack.survey.FoundApp;
import dev.unbuildpack.survey.SurveyReport;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * {@code convert --each APP...}: every app survey finds under the folders is converted with
 * convert's options, its four files written into its folder (or under --output-root at the same
 * relative path), all or none per app; the report is survey's, each row saying where the files
 * went or why not.
 */
final class ConvertEach {
  private ConvertEach() {}

  static int run(ConvertCommand command) {
    if (command.output != null) {
      throw new UsageException("--each writes each app's files into its own folder", null, null,
          List.of("Pass --output-root DIR instead of --output to write them under DIR."));
    }
    ConvertSettings settings = new ConvertSettings(
        ConvertInputs.imageMap(command.imageMap), ConvertInputs.extraCa(command.extraCa),
        outputFolder(command.outputRoot),
        command.dryRun ? ConvertSettings.Mode.DRY_RUN : ConvertSettings.Mode.WRITE,
        command.force);
    var err = command.spec.commandLine().getErr();
    SurveyReport report = Portfolio.run(command.apps, null, command.jobs.jobs(), settings, err);
    Portfolio.Format format = command.format == ConvertCommand.Format.json
        ? Portfolio.Format.json : Portfolio.Format.text;
    return Portfolio.finish(report, format, null, false, command.spec.commandLine().getOut(),
        err);
  }

  /** The app's own folder, or its path (as reports show it) under the output root. */
  static Function<FoundApp, Path> outputFolder(Path outputRoot) {
    if (outputRoot == null) {
      return FoundApp::dir;
    }
    return app -> {
      // An absolute path (an app outside the working directory) is mirrored without its root.
      String relative = app.path().replaceFirst("^/+", "");
      return relative.equals(".") ? outputRoot : outputRoot.resolve(relative);
    };
  }
}
