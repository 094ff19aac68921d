package dev.unbuildpack.report;

/** ANSI styles for the text report; {@link #PLAIN} leaves text untouched. */
enum Ansi {
  PLAIN(""),
  BOLD("\u001b[1m"),
  RED("\u001b[31m"),
  GREEN("\u001b[32m"),
  YELLOW("\u001b[33m");

  private static final String RESET = "\u001b[0m";
  private final String code;

  Ansi(String code) {
    this.code = code;
  }

  String apply(String text, boolean enabled) {
    return enabled && this != PLAIN ? code + text + RESET : text;
  }

  static Ansi forKind(String kind) {
    return switch (kind) {
      case "added" -> GREEN;
      case "removed" -> RED;
      case "changed" -> YELLOW;
      default -> PLAIN;
    };
  }
}
