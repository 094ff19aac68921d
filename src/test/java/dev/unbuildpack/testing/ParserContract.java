package dev.unbuildpack.testing;

import dev.unbuildpack.common.ExitCode;
import dev.unbuildpack.common.UnbuildpackException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The contract every parser of the tool keeps for any input, as the fuzz tests check it: it
 * returns, or it refuses the input with the tool's own bad-input problem (exit code 3, a title
 * to show the user). Any other exception escapes and is a finding; so are an OutOfMemoryError and
 * a hang, which the fuzzer reports by itself.
 */
public final class ParserContract {
  private ParserContract() {}

  /** Work that may throw checked exceptions; those are findings too. */
  @FunctionalInterface
  public interface Parse {
    void run() throws Exception;
  }

  public static void holds(Parse parse) throws Exception {
    holds(parse, ExitCode.BAD_INPUT);
  }

  /** The contract with the exit codes a refusal may carry (see {@link ExitCode}). */
  public static void holds(Parse parse, Integer... exitCodes) throws Exception {
    try {
      parse.run();
    } catch (UnbuildpackException problem) {
      if (!List.of(exitCodes).contains(problem.exitCode())) {
        throw new AssertionError("input was reported with exit code " + problem.exitCode()
            + " instead of " + List.of(exitCodes) + ": " + problem.title(), problem);
      }
      if (problem.title() == null || problem.title().isBlank()) {
        throw new AssertionError("a bad-input problem without a title", problem);
      }
    }
  }

  /**
   * Fuzzer bytes as the text a file of the app would hold. The app reader refuses malformed UTF-8
   * before any parser sees it, so replacing it here loses nothing a parser could meet.
   */
  public static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
