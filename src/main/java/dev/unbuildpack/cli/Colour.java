package dev.unbuildpack.cli;

/**
 * ANSI styling for text output: only when stdout is a terminal and NO_COLOR is unset or empty
 * (https://no-color.org), so pipes, files and CI logs get plain text.
 */
record Colour(boolean enabled) {
  static Colour forTerminal() {
    String noColor = System.getenv("NO_COLOR");
    return new Colour(System.console() != null && (noColor == null || noColor.isEmpty()));
  }

  String bold(String text) {
    return enabled ? "\u001b[1m" + text + "\u001b[0m" : text;
  }

  String red(String text) {
    return enabled ? "\u001b[31m" + text + "\u001b[0m" : text;
  }
}
