package dev.unbuildpack.common.text;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.List;

/** The exit-3 error of a writer that cannot represent a text safely in its format. */
final class Refusal {
  private Refusal() {}

  static BadInputException of(String what, String text, Location where, String why, String fix) {
    return new BadInputException(
        what + " cannot be written safely: \"" + VisibleText.of(shortened(text)) + "\"",
        where, why, List.of(fix));
  }

  private static String shortened(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
