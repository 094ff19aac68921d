package dev.unbuildpack.rules.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.AbstractList;
import java.util.List;
import org.semver4j.Semver;

/**
 * The Node.js versions the buildpack can install (rules/node/data/node-releases.toml).
 *
 * @param date when the inventory was copied
 * @param line release lines, newest first
 */
public record NodeReleases(String date, RuleSource source, List<Line> line) {
  static final String FILE = "node/data/node-releases.toml";

  public NodeReleases {
    line = List.copyOf(line);
  }

  /**
   * @param major "24" (or "0.12" for the pre-io.js lines)
   * @param lts the LTS codename; null for lines that are not LTS
   * @param versions newest first
   */
  public record Line(String major, String lts, List<String> versions) {
    public Line {
      versions = List.copyOf(versions);
    }
  }

  public static NodeReleases load() {
    try {
      return RuleData.read(FILE, NodeReleases.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid " + FILE + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Every version, newest first as the file lists them (NodeReleasesTest checks the order). Each
   * is parsed when first read: a resolution reads a few dozen of the hundreds, and parsing one
   * costs semver4j a {@code String.format}.
   */
  public List<Semver> versions() {
    List<String> texts = line.stream().flatMap(l -> l.versions().stream()).toList();
    Semver[] parsed = new Semver[texts.size()];
    return new AbstractList<>() {
      @Override
      public Semver get(int index) {
        if (parsed[index] == null) {
          parsed[index] = new Semver(texts.get(index));
        }
        return parsed[index];
      }

      @Override
      public int size() {
        return parsed.length;
      }
    };
  }

  /** The LTS codename of a version's line, or null. */
  public String lts(Semver version) {
    return line.stream().filter(l -> l.major().equals(String.valueOf(version.getMajor())))
        .map(Line::lts).findFirst().orElse(null);
  }
}
