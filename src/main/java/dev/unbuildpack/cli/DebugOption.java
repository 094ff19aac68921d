package dev.unbuildpack.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --debug}: show stack traces. Mixed into every command that can fail. */
public final class DebugOption {
  @Option(names = "--debug", description = "Print stack traces for errors.")
  boolean debug;

  static boolean isEnabled(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult result = parseResult; result != null;
        result = result.subcommand()) {
      if (result.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
