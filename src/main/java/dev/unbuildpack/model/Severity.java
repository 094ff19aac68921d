package dev.unbuildpack.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** A closed set, ordered from most to least severe. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  @JsonValue
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** True when this is at least as severe as {@code threshold}. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }
}
