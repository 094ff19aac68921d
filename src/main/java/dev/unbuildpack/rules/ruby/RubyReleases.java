package dev.unbuildpack.rules.ruby;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.List;
import java.util.Optional;

/**
 * The CRuby release lines (rules/ruby/data/ruby-releases.toml): each line's newest patch at the
 * list's date, and the date its maintenance ends, to judge the version Gemfile.lock asks for.
 *
 * @param date when the list was last checked
 * @param lines the release lines, newest first
 * @param source where the lines were read
 */
public record RubyReleases(String date, List<Line> lines, RuleSource source) {
  static final String FILE = "ruby/data/ruby-releases.toml";

  /**
   * @param minor "3.3"
   * @param latest the newest patch at the list's date
   * @param eol the day upstream stops fixing the line (security included)
   */
  public record Line(String minor, String latest, String eol) {}

  public RubyReleases {
    lines = List.copyOf(lines);
  }

  private static RubyReleases builtIn;

  public static synchronized RubyReleases builtIn() {
    if (builtIn == null) {
      try {
        builtIn = RuleData.read(FILE, RubyReleases.class);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("invalid rules/" + FILE + ": " + e.getOriginalMessage(),
            e);
      }
    }
    return builtIn;
  }

  /** The line of a version ("3.3.5" → the 3.3 line), if the list has it. */
  public Optional<Line> line(String version) {
    String[] parts = version.split("\\.");
    if (parts.length < 2) {
      return Optional.empty();
    }
    String minor = parts[0] + "." + parts[1];
    return lines.stream().filter(l -> l.minor().equals(minor)).findFirst();
  }
}
