package dev.unbuildpack.report;

/**
 * Whether text output may use ANSI colour: only on an interactive terminal, and never when the
 * NO_COLOR variable is set to a non-empty value (the convention at https://no-color.org, which
 * counts an empty NO_COLOR as unset). A pure function so that callers can test both sides.
 */
public final class ColourPolicy {
  private ColourPolicy() {}

  public static boolean useColour(boolean interactiveTerminal, String noColorVariable) {
    return interactiveTerminal && (noColorVariable == null || noColorVariable.isEmpty());
  }

  /** The decision for this process: a console is attached and NO_COLOR allows it. */
  public static boolean forThisProcess() {
    return useColour(System.console() != null, System.getenv("NO_COLOR"));
  }
}
