package dev.unbuildpack.cli;

import dev.unbuildpack.common.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code unbuildpack <command>}. Each subcommand is one small class. */
@Command(
    name = "unbuildpack",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns a Heroku buildpack app into an explicit Dockerfile, and proves it.",
    subcommands = {
      CommandLine.HelpCommand.class,
      DetectCommand.class,
      ConvertCommand.class,
      RulesCommand.class,
      InventoryCommand.class,
      DiffCommand.class,
      CheckCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:check failed (findings at or above --fail-on)",
      "2:usage error",
      "3:bad input (unreadable or undetectable app, invalid rule file, malformed image)",
      "4:environment (no Docker Engine, no docker client)"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given streams; returns the exit code. Tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorRenderer());
    cli.setExitCodeExceptionMapper(ErrorRenderer::exitCodeOf);
    cli.setParameterExceptionHandler(ErrorRenderer::renderUsageError);
    return cli;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }

}
