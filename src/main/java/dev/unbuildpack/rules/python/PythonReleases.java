package dev.unbuildpack.rules.python;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.Optional;

/**
 * The Python versions the buildpack resolves to: the newest patch of each supported minor
 * version, with the date it became the newest, and the supported range
 * ({@code rules/python/data/python-releases.toml}).
 *
 * @param date when the list was read from the buildpack
 * @param oldest the oldest supported minor version ("3.10"); older is end-of-life
 * @param newest the newest minor version the buildpack knows ("3.14")
 */
public record PythonReleases(
    String date, String oldest, String newest, RuleSource source, List<Line> lines) {
  static final String FILE = "python/data/python-releases.toml";

  /** @param since the date {@code latest} became the line's newest patch */
  public record Line(String minor, String latest, String since) {}

  public PythonReleases {
    lines = List.copyOf(lines);
  }

  /** The shipped list, read once: the rules are built anew for every app a survey detects. */
  public static PythonReleases builtIn() {
    return Shipped.LIST;
  }

  private static final class Shipped {
    static final PythonReleases LIST = read();

    private static PythonReleases read() {
      try {
        return RuleData.read(FILE, PythonReleases.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("invalid rules/" + FILE + ": " + e.getOriginalMessage(),
            e);
      }
    }
  }

  Optional<Line> line(String minor) {
    return lines.stream().filter(l -> l.minor().equals(minor)).findFirst();
  }

  static int minorOf(String majorMinor) {
    return Integer.parseInt(majorMinor.substring(majorMinor.indexOf('.') + 1));
  }
}
