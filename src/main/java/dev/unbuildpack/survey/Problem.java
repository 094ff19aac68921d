package dev.unbuildpack.survey;

import dev.unbuildpack.common.UnbuildpackException;

/**
 * Why an app could not be surveyed or converted, as the error message of a single-app command
 * would say it.
 *
 * @param title what went wrong, one line
 * @param location the file (and line) it is about; null when the whole app is
 * @param why the explanation; null when the title says it all
 */
public record Problem(String title, String location, String why) {
  static Problem of(UnbuildpackException e) {
    return new Problem(e.title(), e.location().map(Object::toString).orElse(null),
        e.why().orElse(null));
  }

  /** One line: "title (in location): why". */
  public String oneLine() {
    return title + (location == null ? "" : " (in " + location + ")")
        + (why == null ? "" : ": " + why);
  }
}
