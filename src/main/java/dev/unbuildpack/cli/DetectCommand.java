package dev.unbuildpack.cli;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.rules.RuleEngine;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unbuildpack detect APP}: what the Heroku buildpack would do with the app, and why. */
@Command(
    name = "detect",
    mixinStandardHelpOptions = true,
    description = "Shows what the Heroku buildpack would do with APP: runtime, package manager,"
        + " processes, build steps, secrets, system packages, environment and findings, each with"
        + " the rule that decided it.")
final class DetectCommand implements Callable<Integer> {
  enum Format { text, json }

  @Mixin DebugOption debug;
  @Mixin DebianOption debian;
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "APP", description = "The app's root folder.",
      converter = PathArgument.class)
  Path app;

  @Option(names = "--format", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    Detection detection = RuleEngine.builtIn().detect(AppDir.open(app), debian.pinned());
    String output = format == Format.json ? Json.write(detection) : DetectionText.render(detection);
    spec.commandLine().getOut().print(output);
    return 0;
  }
}
