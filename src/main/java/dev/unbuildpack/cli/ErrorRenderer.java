package dev.unbuildpack.cli;

import dev.unbuildpack.common.ExitCode;
import dev.unbuildpack.common.UnbuildpackException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * Turns exceptions into what the user reads on stderr and into exit codes. The message shape:
 * "error: title", then where, then why, then numbered fixes. A stack trace appears only with
 * --debug; an unexpected exception says it is a bug.
 */
final class ErrorRenderer implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    boolean debug = DebugOption.isEnabled(parseResult);
    if (e instanceof UnbuildpackException problem) {
      err.print(render(problem));
    } else {
      err.println("error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
      err.println("  This is a bug in unbuildpack. Run again with --debug and report the output.");
    }
    if (debug) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return exitCodeOf(e);
  }

  /** The full text for one problem, ending with a newline. Tests assert it whole. */
  static String render(UnbuildpackException problem) {
    StringBuilder text = new StringBuilder("error: ").append(problem.title()).append('\n');
    problem.location().ifPresent(where -> text.append("  in ").append(where).append('\n'));
    problem.why().ifPresent(why -> text.append("  ").append(why).append('\n'));
    List<String> fixes = problem.fixes();
    if (fixes.size() == 1) {
      text.append("  Fix: ").append(fixes.get(0)).append('\n');
    } else if (!fixes.isEmpty()) {
      text.append("  How to fix:\n");
      for (int i = 0; i < fixes.size(); i++) {
        text.append("    ").append(i + 1).append(". ").append(fixes.get(i)).append('\n');
      }
    }
    return text.toString();
  }

  static int exitCodeOf(Throwable e) {
    if (e instanceof UnbuildpackException problem) {
      return problem.exitCode();
    }
    if (e instanceof CommandLine.ParameterException) {
      return ExitCode.USAGE;
    }
    // An unexpected failure is our bug; 3 would blame the input, so report it as the environment's.
    return ExitCode.ENVIRONMENT;
  }

  /** Usage errors: the message, a hint, exit code 2, no stack trace. */
  static int renderUsageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("error: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
    err.flush();
    return ExitCode.USAGE;
  }
}
