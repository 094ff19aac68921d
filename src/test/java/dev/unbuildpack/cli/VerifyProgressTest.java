package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.verify.LogMask;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** BuildKit's plain progress on stderr: whole when piped, one line per step on a terminal. */
class VerifyProgressTest {
  private static final List<String> PLAIN = List.of(
      "#5 [build 2/6] RUN --mount=type=secret,id=NPM_TOKEN npm ci",
      "#5 0.412 token t0k3n-value-123 used",
      "#5 DONE 3.2s",
      "#6 [runtime 1/3] COPY --from=build /app /app",
      "verify: running B's processes");
  private static final LogMask MASK =
      LogMask.of(List.of(new LogMask.Hidden("NPM_TOKEN", "t0k3n-value-123")));

  private static String shown(boolean terminal) {
    StringWriter err = new StringWriter();
    Consumer<String> progress = VerifyInputs.progress(new PrintWriter(err), MASK, terminal);
    PLAIN.forEach(progress);
    return err.toString();
  }

  @Test
  void pipedItPassesEveryLineThroughWithSecretsHidden() {
    assertEquals(String.join("\n", PLAIN).replace("t0k3n-value-123", "[hidden NPM_TOKEN]") + "\n",
        shown(false));
  }

  @Test
  void onATerminalItShowsOneLinePerStepAndVerifysOwnLines() {
    assertEquals("  [build 2/6] RUN --mount=type=secret,id=NPM_TOKEN npm ci\n"
        + "  [runtime 1/3] COPY --from=build /app /app\n"
        + "verify: running B's processes\n", shown(true));
  }
}
