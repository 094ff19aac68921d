package dev.unbuildpack.cli;

import dev.unbuildpack.common.text.VisibleText;
import dev.unbuildpack.survey.AppRow;
import dev.unbuildpack.survey.Survey;
import java.io.PrintWriter;

/**
 * Progress of a portfolio run on stderr: a bar redrawn in place on a terminal, otherwise (CI
 * logs, a redirected stderr) one plain line per finished app. stdout carries only the report.
 */
final class SurveyProgress implements Survey.Progress {
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private int total;
  private int done;
  private int failed;

  SurveyProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  /** A bar when the process has a terminal (Java tells only of stdin and stdout together). */
  static SurveyProgress forConsole(PrintWriter err) {
    return new SurveyProgress(err, System.console() != null);
  }

  @Override
  public synchronized void started(int apps) {
    total = apps;
  }

  @Override
  public synchronized void finished(AppRow row) {
    done++;
    failed += row.failed() ? 1 : 0;
    if (terminal) {
      int filled = total == 0 ? WIDTH : done * WIDTH / total;
      err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/"
          + total + " apps" + (failed == 0 ? "" : ", " + failed + " failed"));
      if (done == total) {
        err.print("\n");
      }
    } else {
      err.println("[" + done + "/" + total + "] " + VisibleText.of(row.path()) + ": "
          + (row.failed() ? "failed (exit " + row.exitCode() + ")" : "ok"));
    }
    err.flush();
  }
}
