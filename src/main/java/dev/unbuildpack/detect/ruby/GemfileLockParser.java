package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Gemfile.lock as text, section by section, as Bundler's LockfileParser does: a section
 * name at column 0, its attributes indented two spaces, specs four, their dependencies six.
 * Anything else (a merge conflict, a hand edit that broke the indentation, a spec line without a
 * version) fails with the line, since Bundler would refuse the file in the build as well.
 */
public final class GemfileLockParser {
  private static final Set<String> SOURCE_SECTIONS = Set.of("GEM", "GIT", "PATH", "PLUGIN SOURCE");
  private static final Set<String> OTHER_SECTIONS =
      Set.of("PLATFORMS", "DEPENDENCIES", "RUBY VERSION", "BUNDLED WITH", "CHECKSUMS");
  /** Bundler's NAME_VERSION: the version stops at the first '-', the platform follows it. */
  private static final Pattern SPEC = Pattern.compile(
      "^ {4}(?! )([A-Za-z0-9_.\\-]+) \\(([^-()\\s]+)(?:-([^()\\s]+))?\\)$");
  private static final Pattern DEPENDENCY = Pattern.compile(
      "^ {2}(?! )([A-Za-z0-9_.\\-]+)(?: \\(([^()]*)\\))?(!)?$");
  /**
   * The buildpack's RUBY VERSION pattern (lib/language_pack/helpers/gemfile_lock.rb), split so
   * the patch level and the JRuby engine are kept too.
   */
  private static final Pattern RUBY = Pattern.compile(
      "^ {2,3}ruby (\\d+\\.\\d+\\.\\d+)(?:(p\\d+)|[-.]([^\\s(]*))?(?: \\(jruby ((?:\\d+|\\.)+)\\))?\\s*$");
  private static final Pattern CREDENTIALS = Pattern.compile("://[^/@\\s]+@");
  /** The buildpack's BUNDLED WITH pattern: three numbers. */
  private static final Pattern BUNDLED = Pattern.compile("^ {2,3}(\\d+\\.\\d+\\.\\d+)\\s*$");
  private static final Pattern CONFLICT = Pattern.compile("^(<{7}|={7}|>{7})( |$).*");
  private static final String FIX = "Run 'bundle lock' (or 'bundle install') to write Gemfile.lock"
      + " again, and commit it.";

  private final String file;
  private final List<GemSpec> specs = new ArrayList<>();
  private final List<LockSource> sources = new ArrayList<>();
  private final List<Declared> platforms = new ArrayList<>();
  private final List<Declared> dependencies = new ArrayList<>();
  private RubyVersionLine ruby;
  private Declared bundled;
  private String section;
  private String remote;

  private GemfileLockParser(String file) {
    this.file = file;
  }

  /** Parses Gemfile.lock's text; a malformed line throws a BadInputException naming it. */
  public static GemfileLock parse(String text) {
    return parse(GemfileLock.FILE, text);
  }

  /** @param file the name the messages give the file ("Gemfile.lock") */
  public static GemfileLock parse(String file, String text) {
    GemfileLockParser parser = new GemfileLockParser(file);
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      parser.line(lines[i], i + 1);
    }
    return new GemfileLock(parser.specs, parser.sources, parser.platforms, parser.dependencies,
        Optional.ofNullable(parser.ruby), Optional.ofNullable(parser.bundled));
  }

  private void line(String line, int number) {
    if (line.isBlank()) {
      return;
    }
    if (CONFLICT.matcher(line).matches()) {
      throw bad(number, "Gemfile.lock holds a merge conflict marker",
          "A merge left both sides of a conflict in the file; Bundler cannot read it.");
    }
    if (line.indexOf('\t') >= 0) {
      throw bad(number, "Gemfile.lock has a tab in its indentation",
          "Bundler indents Gemfile.lock with spaces only; a tab means the file was edited by hand.");
    }
    if (!line.startsWith(" ")) {
      header(line.strip(), number);
      return;
    }
    if (section == null) {
      throw bad(number, "Gemfile.lock has an indented line before any section",
          "Every line belongs to a section such as GEM, PLATFORMS or DEPENDENCIES.");
    }
    switch (section) {
      case "GEM", "GIT", "PATH", "PLUGIN SOURCE" -> sourceLine(line, number);
      case "PLATFORMS" -> platforms.add(new Declared(line.strip(), at(number)));
      case "DEPENDENCIES" -> dependency(line, number);
      case "RUBY VERSION" -> rubyVersion(line, number);
      case "BUNDLED WITH" -> bundledWith(line, number);
      default -> { } // CHECKSUMS and sections newer Bundlers add: nothing the rules need
    }
  }

  private void header(String name, int number) {
    if (!name.matches("[A-Z][A-Z ]*")) {
      throw bad(number, "Gemfile.lock has a line that is no section name",
          "Lines at the start of a line name a section (GEM, GIT, PATH, PLATFORMS,"
              + " DEPENDENCIES, RUBY VERSION, BUNDLED WITH); this one is '"
              + shown(name) + "'.");
    }
    // Bundler skips sections it does not know (those a newer Bundler writes): so does this.
    section = SOURCE_SECTIONS.contains(name) || OTHER_SECTIONS.contains(name) ? name : "";
    remote = null;
  }

  private void sourceLine(String line, int number) {
    if (line.startsWith("      ")) {
      if (specs.isEmpty()) {
        throw bad(number, "Gemfile.lock has a dependency line outside any spec",
            "Lines indented six spaces list a spec's dependencies, under the spec.");
      }
      return;
    }
    if (line.startsWith("    ")) {
      Matcher spec = SPEC.matcher(line);
      if (!spec.matches()) {
        throw bad(number, "Gemfile.lock has a spec line Bundler cannot read",
            "Specs read 'name (version)' or 'name (version-platform)', indented four spaces;"
                + " this one is '" + shown(line.strip()) + "'.");
      }
      if (!section.equals("PLUGIN SOURCE")) {
        specs.add(new GemSpec(spec.group(1), spec.group(2),
            spec.group(3) == null ? GemSpec.RUBY_PLATFORM : spec.group(3), section,
            remote == null ? "" : remote, at(number)));
      }
      return;
    }
    String attribute = line.strip();
    if (line.startsWith("  ") && !line.startsWith("   ") && attribute.matches("[a-z_]+:.*")) {
      if (attribute.startsWith("remote:")) {
        remote = attribute.substring("remote:".length()).strip();
        sources.add(new LockSource(section, remote, at(number)));
      }
      return;
    }
    throw bad(number, "Gemfile.lock has a line Bundler cannot read in " + section,
        "A source section holds 'remote:', 'revision:' and 'specs:' lines (two spaces), specs"
            + " (four) and their dependencies (six); this line is '" + shown(attribute) + "'.");
  }

  private void dependency(String line, int number) {
    Matcher dependency = DEPENDENCY.matcher(line);
    if (!dependency.matches()) {
      throw bad(number, "Gemfile.lock has a DEPENDENCIES line Bundler cannot read",
          "Dependencies read 'name', 'name (requirement)' or 'name!', indented two spaces;"
              + " this one is '" + shown(line.strip()) + "'.");
    }
    dependencies.add(new Declared(dependency.group(1), at(number)));
  }

  private void rubyVersion(String line, int number) {
    if (ruby != null) {
      return; // the buildpack's pattern reads the line right under the header only
    }
    Matcher m = RUBY.matcher(line);
    if (!m.matches()) {
      throw bad(number, "Gemfile.lock's RUBY VERSION cannot be read",
          "The Ruby buildpack reads 'ruby X.Y.Z' (with an optional patch level, pre-release or"
              + " '(jruby A.B.C.D)') under RUBY VERSION; this line is '" + shown(line.strip())
              + "', so it would silently install its default Ruby instead.",
          "Write the Gemfile's ruby line as 'ruby \"X.Y.Z\"' and run 'bundle update --ruby'.");
    }
    ruby = new RubyVersionLine(m.group(1), emptyToNull(m.group(3)), m.group(2), m.group(4),
        line.strip(),
        at(number));
  }

  private void bundledWith(String line, int number) {
    if (bundled != null) {
      return;
    }
    Matcher m = BUNDLED.matcher(line);
    if (!m.matches()) {
      throw bad(number, "Gemfile.lock's BUNDLED WITH cannot be read",
          "BUNDLED WITH holds one Bundler version of three numbers; this line is '"
              + shown(line.strip()) + "'.");
    }
    bundled = new Declared(m.group(1), at(number));
  }

  private Location at(int line) {
    return Location.of(file, line);
  }

  /**
   * At most 80 characters of the line, so a huge line does not flood the message, with any
   * credentials in a URL replaced: an error message is output like any other.
   */
  private static String shown(String text) {
    String masked = CREDENTIALS.matcher(text).replaceAll("://****@");
    return masked.length() > 80 ? masked.substring(0, 80) + "..." : masked;
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  private BadInputException bad(int line, String title, String why) {
    return bad(line, title, why, FIX);
  }

  private BadInputException bad(int line, String title, String why, String fix) {
    return new BadInputException(title, at(line), why, List.of(fix));
  }
}
