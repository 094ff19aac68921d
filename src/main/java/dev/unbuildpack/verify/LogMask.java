package dev.unbuildpack.verify;

import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Hides values that must never be shown (build secrets, --env-file values) in text verify
 * passes on: build progress, log tails, error messages. Each occurrence becomes
 * {@code [hidden NAME]}. Longest values first, so a value containing another is hidden whole.
 */
public final class LogMask implements UnaryOperator<String> {
  /** Shorter values would hide ordinary words ("1", "on") and prove nothing. */
  static final int SHORTEST = 4;

  private final List<Hidden> hidden;

  private LogMask(List<Hidden> hidden) {
    this.hidden = hidden.stream()
        .filter(h -> h.value().length() >= SHORTEST)
        .sorted(Comparator.comparingInt((Hidden h) -> h.value().length()).reversed())
        .toList();
  }

  /** A value to hide and the name it is shown by. */
  public record Hidden(String name, String value) {}

  public static LogMask of(List<Hidden> hidden) {
    return new LogMask(hidden);
  }

  @Override
  public String apply(String text) {
    String masked = text;
    for (Hidden h : hidden) {
      masked = masked.replace(h.value(), "[hidden " + h.name() + "]");
      // A value with several lines may be printed one line at a time.
      for (String line : h.value().split("\n")) {
        if (line.strip().length() >= SHORTEST * 4) {
          masked = masked.replace(line.strip(), "[hidden " + h.name() + "]");
        }
      }
    }
    return masked;
  }
}
