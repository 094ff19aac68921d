package dev.unbuildpack.report;

import java.util.Locale;

/** Sizes as people read them, in decimal units like {@code docker images} prints them. */
public final class Bytes {
  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB"};

  private Bytes() {}

  public static String human(long bytes) {
    double value = bytes;
    int unit = 0;
    while (Math.abs(value) >= 1000 && unit < UNITS.length - 1) {
      value /= 1000;
      unit++;
    }
    return unit == 0
        ? bytes + " B"
        : String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
  }

  /** "+1.2 MB", "-3.4 MB" or "0 B". */
  static String delta(long before, long after) {
    long delta = after - before;
    return delta > 0 ? "+" + human(delta) : delta < 0 ? "-" + human(-delta) : "0 B";
  }
}
