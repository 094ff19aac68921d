package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.survey.AppRow;
import dev.unbuildpack.survey.FoundApp;
import dev.unbuildpack.survey.Placement;
import dev.unbuildpack.survey.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A bar redrawn in place on a terminal, plain lines elsewhere; app names shown visibly. */
class SurveyProgressTest {
  private static AppRow failed(String path) throws Exception {
    // A refused entry is the simplest real row: surveyed without reading anything.
    return new dev.unbuildpack.survey.AppSurveyor(null, null, null, null)
        .survey(new FoundApp(path, null, Placement.ROOT, null, new Problem("gone", path, null)));
  }

  @Test
  void onATerminalOneBarIsRedrawnAndEndsWithALineBreak() throws Exception {
    StringWriter err = new StringWriter();
    SurveyProgress progress = new SurveyProgress(new PrintWriter(err), true);
    progress.started(2);
    progress.finished(failed("a"));
    progress.finished(failed("b"));
    assertEquals("\r[###############...............] 1/2 apps, 1 failed"
        + "\r[##############################] 2/2 apps, 2 failed\n", err.toString());
  }

  @Test
  void elsewhereEachAppIsOnePlainLineWithItsNameShownVisibly() throws Exception {
    StringWriter err = new StringWriter();
    SurveyProgress progress = new SurveyProgress(new PrintWriter(err), false);
    progress.started(1);
    progress.finished(failed("apps/evil\u001b[2J\nx"));
    assertEquals("[1/1] apps/evil\\u001b[2J\\nx: failed (exit 3)\n", err.toString());
  }
}
