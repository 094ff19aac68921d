package dev.unbuildpack.cli;

import static java.util.Map.entry;

import dev.unbuildpack.common.ExitCode;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code unbuildpack <command>}. Each subcommand is one small class. */
@Command(
    name = "unbuildpack",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns a Heroku buildpack app into an explicit Dockerfile, and proves it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:check failed (findings at or above --fail-on)",
      "2:usage error",
      "3:bad input (unreadable or undetectable app, invalid rule file, malformed image)",
      "4:environment (no Docker Engine, no docker client)"
    })
public final class Main implements Runnable {
  /**
   * The subcommands by name, in the order --help lists them. They are registered here rather
   * than in {@code @Command(subcommands)}: picocli builds the model of every registered command
   * up front, which costs a fresh process more than most conversions do, so a command line that
   * names one command registers only that one (see {@link #commandsFor}).
   */
  static final Map<String, Class<?>> COMMANDS = commands(
      entry("help", CommandLine.HelpCommand.class),
      entry("detect", DetectCommand.class),
      entry("convert", ConvertCommand.class),
      entry("rules", RulesCommand.class),
      entry("inventory", InventoryCommand.class),
      entry("diff", DiffCommand.class),
      entry("check", CheckCommand.class),
      entry("survey", SurveyCommand.class));

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs one command line with the given streams; returns the exit code. Tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(out, err, args);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    // Before the settings below: picocli applies them only to the subcommands already added.
    commandsFor(args).forEach(cli::addSubcommand);
    // One version for every command: "unbuildpack convert --version" prints the tool's version.
    cli.getSubcommands().values()
        .forEach(sub -> sub.getCommandSpec().versionProvider(new VersionProvider()));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new ErrorRenderer());
    cli.setExitCodeExceptionMapper(ErrorRenderer::exitCodeOf);
    cli.setParameterExceptionHandler(ErrorRenderer::renderUsageError);
    return cli;
  }

  /**
   * The command that args[0] names alone; every command otherwise, so that --help, help, a
   * missing command and a misspelt one (with picocli's suggestions) see them all.
   */
  static Collection<Class<?>> commandsFor(String... args) {
    Class<?> named = args.length == 0 || args[0].equals("help") ? null : COMMANDS.get(args[0]);
    return named == null ? COMMANDS.values() : List.of(named);
  }

  /** Names are written out: reading them from each class's annotation costs reflection. */
  @SafeVarargs
  private static Map<String, Class<?>> commands(Map.Entry<String, Class<?>>... entries) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Map.Entry<String, Class<?>> entry : entries) {
      byName.put(entry.getKey(), entry.getValue());
    }
    return Collections.unmodifiableMap(byName);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }

}
