package dev.unbuildpack.verify;

import java.util.Locale;

/** A category's verdict. Ordered: the worst of several is the greatest. */
public enum Level {
  PASS,
  WARN,
  FAIL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Level worst(Level other) {
    return compareTo(other) >= 0 ? this : other;
  }
}
