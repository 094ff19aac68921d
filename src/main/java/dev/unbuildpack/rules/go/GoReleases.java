package dev.unbuildpack.rules.go;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.Optional;

/**
 * The Go releases the buildpack installs: per major version (1.25), its newest patch and since
 * when ({@code rules/go/data/go-releases.toml}, from data.json and files.json).
 *
 * @param date when the list was read from the buildpack
 */
public record GoReleases(String date, RuleSource source, List<Line> lines) {
  static final String FILE = "go/data/go-releases.toml";

  /** @param since the date {@code latest} became the line's newest patch */
  public record Line(String minor, String latest, String since) {}

  public GoReleases {
    lines = List.copyOf(lines);
  }

  /** The shipped list, read once. */
  public static GoReleases builtIn() {
    return Shipped.LIST;
  }

  private static final class Shipped {
    static final GoReleases LIST = read();

    private static GoReleases read() {
      try {
        return RuleData.read(FILE, GoReleases.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("invalid rules/" + FILE + ": " + e.getOriginalMessage(),
            e);
      }
    }
  }

  Optional<Line> line(String minor) {
    return lines.stream().filter(l -> l.minor().equals(minor)).findFirst();
  }

  /** The newest major version the buildpack ships ("1.26"). */
  String newest() {
    return lines.get(0).minor();
  }
}
