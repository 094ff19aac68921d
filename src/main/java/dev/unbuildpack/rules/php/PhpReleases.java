package dev.unbuildpack.rules.php;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.Optional;

/**
 * The PHP versions the buildpack installs, each with the date Heroku added it, and the Composer
 * lines it picks from ({@code rules/php/data/php-releases.toml}).
 *
 * @param date when the list was read from the buildpack
 * @param versions newest first
 * @param composer the Composer lines ("2.2" for plugin API 2.0 to 2.2, "2" for the rest)
 */
public record PhpReleases(String date, RuleSource source, RuleSource composerSource,
    List<ComposerLine> composer, List<Release> versions) {
  static final String FILE = "php/data/php-releases.toml";

  /** @param since the date of the buildpack release that added it */
  public record Release(String version, String since) {}

  /** @param latest the newest Composer of the line the buildpack ships */
  public record ComposerLine(String line, String latest, String since) {}

  public PhpReleases {
    composer = List.copyOf(composer);
    versions = List.copyOf(versions);
  }

  /** The shipped list, read once. */
  public static PhpReleases builtIn() {
    return Shipped.LIST;
  }

  private static final class Shipped {
    static final PhpReleases LIST = read();

    private static PhpReleases read() {
      try {
        return RuleData.read(FILE, PhpReleases.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("invalid rules/" + FILE + ": " + e.getOriginalMessage(),
            e);
      }
    }
  }

  /** The newest version every constraint admits. */
  Optional<Release> newest(List<ComposerConstraint> constraints) {
    return versions.stream()
        .filter(r -> constraints.stream().allMatch(c -> c.admits(r.version())))
        .max((a, b) -> ComposerConstraint.compare(a.version(), b.version()));
  }

  ComposerLine composerLine(String line) {
    return composer.stream().filter(c -> c.line().equals(line)).findFirst()
        .orElseThrow(() -> new IllegalStateException("no Composer line " + line + " in " + FILE));
  }
}
