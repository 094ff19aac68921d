package dev.unbuildpack.detect.python;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.text.VisibleText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a pip requirements file as pip reads it (pip's req_file.py, "Requirements File Format"):
 * backslash continuation lines, comments, option lines (-r / -c includes, index and find-links
 * options), per-requirement options (--hash), environment markers, editable and VCS
 * requirements. A line pip would refuse is bad input naming the file and line.
 */
final class RequirementsFile {
  static final String FILE = "requirements.txt";
  /** pip's COMMENT_RE: '#' at the start or after whitespace. */
  private static final Pattern COMMENT = Pattern.compile("(^|\\s+)#.*$");
  private static final Pattern PEP508 = Pattern.compile(
      "(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)\\s*(?:\\[(?<extras>[^\\]]*)\\])?\\s*"
          + "(?<rest>[^;]*)(?:;(?<marker>.*))?");
  private static final Pattern SPECIFIER =
      Pattern.compile("\\s*(~=|===|==|!=|<=|>=|<|>)\\s*[A-Za-z0-9.*+!_-]+\\s*");
  private static final Pattern EXACT = Pattern.compile("\\s*(?:===?)\\s*([A-Za-z0-9.+!_-]+)\\s*");
  private static final Pattern EGG = Pattern.compile("[#&]egg=([A-Za-z0-9._-]+)");
  /** name-version(-build)?-python-abi-platform.whl, name-version.tar.gz / .zip (PEP 427, 625). */
  private static final Pattern ARCHIVE = Pattern.compile(
      "(?<name>[A-Za-z0-9][A-Za-z0-9._]*?)-(?<version>[0-9][A-Za-z0-9.!+_]*?)"
          + "(?:-[^/]*\\.whl|\\.tar\\.gz|\\.zip|\\.tar\\.bz2|\\.tgz)");
  private static final Set<String> PER_REQUIREMENT = Set.of(
      "--hash", "--config-settings", "--global-option", "--install-option");
  private static final Set<String> IGNORED = Set.of(
      "--trusted-host", "--no-binary", "--only-binary", "--prefer-binary", "--require-hashes",
      "--pre", "--no-index", "--use-feature", "--config-settings", "--global-option");
  private static final Set<String> FLAGS = Set.of(
      "--prefer-binary", "--require-hashes", "--pre", "--no-index");
  /** pip itself has no limit; this keeps a chain of includes finite without a cycle check. */
  private static final int MAX_DEPTH = 32;

  private final Function<String, Optional<String>> files;
  private final List<PythonPackage> packages = new ArrayList<>();
  private final List<PackageSource> sources = new ArrayList<>();
  private final Map<String, String> constraints = new LinkedHashMap<>();
  private final Set<String> read = new HashSet<>();

  /** @param files the app's files by path relative to the app root; empty when absent */
  RequirementsFile(Function<String, Optional<String>> files) {
    this.files = files;
  }

  /** Reads the file and every file it includes. */
  RequirementsFile read(String file) {
    include(file, null, false, 0);
    return this;
  }

  /** The packages named, with the versions a constraints file pins where the line pins none. */
  List<PythonPackage> packages() {
    return packages.stream().map(p -> p.version() == null && constraints.containsKey(p.name())
        ? new PythonPackage(p.name(), constraints.get(p.name()), p.at(), p.direct(), p.extras())
        : p).toList();
  }

  List<PackageSource> sources() {
    return List.copyOf(sources);
  }

  private void include(String file, Location from, boolean constraint, int depth) {
    if (depth > MAX_DEPTH) {
      throw bad(from, "Requirements files include each other more than " + MAX_DEPTH
          + " levels deep", "Include each file once, from the top-level requirements.txt.");
    }
    if (!read.add(file + (constraint ? " -c" : ""))) {
      return; // pip reads a file included twice twice; its packages are already listed
    }
    Optional<String> text = files.apply(file);
    if (text.isEmpty()) {
      if (from == null) {
        return;
      }
      throw bad(from, "The included file " + file + " does not exist in the app",
          "pip fails with \"Could not open requirements file\"; commit the file or remove the"
              + " line.");
    }
    List<Line> lines = logicalLines(text.get());
    for (Line line : lines) {
      parseLine(file, line, constraint, depth);
    }
  }

  private record Line(int number, String text) {}

  /** Joins backslash continuations and strips comments; each line keeps its first number. */
  private static List<Line> logicalLines(String text) {
    String[] physical = text.split("\r?\n|\r", -1);
    List<Line> lines = new ArrayList<>();
    StringBuilder current = null;
    int start = 0;
    for (int i = 0; i < physical.length; i++) {
      String raw = physical[i];
      boolean comment = raw.stripLeading().startsWith("#");
      if (current == null) {
        current = new StringBuilder();
        start = i + 1;
      }
      if (!comment && raw.endsWith("\\")) {
        current.append(raw, 0, raw.length() - 1).append(' ');
        continue;
      }
      if (!comment) {
        current.append(raw);
      }
      lines.add(new Line(start, COMMENT.matcher(current.toString()).replaceFirst("").strip()));
      current = null;
    }
    if (current != null) {
      lines.add(new Line(start, COMMENT.matcher(current.toString()).replaceFirst("").strip()));
    }
    return lines.stream().filter(line -> !line.text().isEmpty()).toList();
  }

  private void parseLine(String file, Line line, boolean constraint, int depth) {
    Location at = Location.of(file, line.number());
    List<String> tokens = List.of(line.text().split("\\s+"));
    int firstOption = 0;
    while (firstOption < tokens.size() && !tokens.get(firstOption).startsWith("-")) {
      firstOption++;
    }
    if (firstOption == 0) {
      options(file, at, tokens, constraint, depth);
      return;
    }
    perRequirementOptions(at, tokens.subList(firstOption, tokens.size()));
    String requirement = String.join(" ", tokens.subList(0, firstOption));
    requirement(requirement, at, constraint, false);
  }

  private void options(String file, Location at, List<String> tokens, boolean constraint,
      int depth) {
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      String option = token;
      String value = null;
      int equals = token.indexOf('=');
      if (token.startsWith("--") && equals > 0) {
        option = token.substring(0, equals);
        value = token.substring(equals + 1);
      } else if (!token.startsWith("--") && token.length() > 2) {
        option = token.substring(0, 2); // "-rbase.txt"
        value = token.substring(2);
      }
      option = longForm(option);
      if (FLAGS.contains(option)) {
        continue;
      }
      if (!IGNORED.contains(option) && !takesValue(option)) {
        throw bad(at, "pip has no requirements-file option " + visible(option),
            "pip stops with \"no such option\"; remove the option or correct its spelling.");
      }
      if (value == null) {
        if (i + 1 >= tokens.size()) {
          throw bad(at, "The option " + option + " has no value",
              "Write the value after the option, as in \"" + option + " VALUE\".");
        }
        value = tokens.get(++i);
      }
      value = unquote(value);
      switch (option) {
        case "--requirement" -> include(relative(file, value, at), at, constraint, depth + 1);
        case "--constraint" -> include(relative(file, value, at), at, true, depth + 1);
        case "--editable" -> requirement(value, at, constraint, true);
        case "--index-url" -> sources.add(new PackageSource(
            PackageSource.Kind.INDEX, null, value, false, at));
        case "--extra-index-url" -> sources.add(new PackageSource(
            PackageSource.Kind.EXTRA_INDEX, null, value, false, at));
        case "--find-links" -> sources.add(new PackageSource(
            PackageSource.Kind.FIND_LINKS, null, value, false, at));
        default -> { } // options that change how, not what, pip installs
      }
    }
  }

  private static String longForm(String option) {
    return switch (option) {
      case "-r" -> "--requirement";
      case "-c" -> "--constraint";
      case "-e" -> "--editable";
      case "-i" -> "--index-url";
      case "-f" -> "--find-links";
      default -> option;
    };
  }

  private static boolean takesValue(String option) {
    return Set.of("--requirement", "--constraint", "--editable", "--index-url",
        "--extra-index-url", "--find-links").contains(option);
  }

  private static void perRequirementOptions(Location at, List<String> options) {
    for (String token : options) {
      if (!token.startsWith("-")) {
        continue; // the value of the option before it
      }
      String option = token.contains("=") ? token.substring(0, token.indexOf('=')) : token;
      if (!PER_REQUIREMENT.contains(option)) {
        throw bad(at, "pip allows only --hash, --config-settings and --global-option after a"
            + " requirement, not " + visible(option),
            "Put the option on a line of its own, or remove it.");
      }
    }
  }

  private void requirement(String text, Location at, boolean constraint, boolean editable) {
    String spec = stripMarker(text);
    if (isUrlOrPath(spec)) {
      urlRequirement(spec, at, constraint);
      return;
    }
    Matcher m = PEP508.matcher(text);
    if (!m.matches()) {
      throw bad(at, "pip cannot read the requirement " + visible(text),
          "Write it as NAME, NAME==VERSION, NAME[extra]>=VERSION or NAME @ URL.");
    }
    String name = m.group("name");
    String rest = m.group("rest").strip();
    if (!PythonNames.valid(name)) {
      throw bad(at, "\"" + visible(name) + "\" is no valid Python package name",
          "Names are letters, digits, '.', '_' and '-', starting and ending with a letter or"
              + " digit.");
    }
    List<String> extras = extras(m.group("extras"), at);
    String version = null;
    if (rest.startsWith("@")) {
      String url = rest.substring(1).strip();
      if (url.isEmpty()) {
        throw bad(at, "The requirement " + visible(name) + " @ names no URL",
            "Write the URL after '@', as in NAME @ git+https://host/repo.git.");
      }
      source(url, at, constraint);
    } else {
      String specifiers = rest.startsWith("(") && rest.endsWith(")")
          ? rest.substring(1, rest.length() - 1) : rest;
      if (!specifiers.isBlank()) {
        for (String clause : specifiers.split(",", -1)) {
          if (!SPECIFIER.matcher(clause).matches()) {
            throw bad(at, "The version specifier of " + visible(name) + " is not valid",
                "Write comparisons such as ==1.2.3, >=2,<3 or ~=1.4 (PEP 440).");
          }
        }
        Matcher exact = EXACT.matcher(specifiers);
        if (exact.matches() && !specifiers.contains("*")) {
          version = exact.group(1);
        }
      }
    }
    add(PythonNames.normalise(name), version, at, extras, constraint);
  }

  private void urlRequirement(String url, Location at, boolean constraint) {
    source(url, at, constraint);
    Matcher egg = EGG.matcher(url);
    String file = url.replaceFirst("[#?].*$", "");
    file = file.substring(file.lastIndexOf('/') + 1);
    // Real archive names are short; a bound keeps the pattern's backtracking cheap.
    Matcher archive = ARCHIVE.matcher(file.length() > 300 ? "" : file);
    if (egg.find()) {
      add(PythonNames.normalise(egg.group(1)), null, at, List.of(), constraint);
    } else if (archive.matches()) {
      add(PythonNames.normalise(archive.group("name")), archive.group("version"), at, List.of(),
          constraint);
    }
    // A local project folder (".", "./lib") installs the app's own code: no package to list.
  }

  private void source(String url, Location at, boolean constraint) {
    if (constraint || !url.contains("://")) {
      return;
    }
    boolean vcs = url.matches("(?i)(git|hg|svn|bzr)\\+.*");
    sources.add(new PackageSource(vcs ? PackageSource.Kind.VCS : PackageSource.Kind.URL, null,
        url, false, at));
  }

  private void add(String name, String version, Location at, List<String> extras,
      boolean constraint) {
    if (constraint) {
      if (version != null) {
        constraints.putIfAbsent(name, version);
      }
      return;
    }
    packages.add(new PythonPackage(name, version, at, true, extras));
  }

  private static List<String> extras(String text, Location at) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> extras = new ArrayList<>();
    for (String extra : text.split(",")) {
      String name = extra.strip();
      if (!PythonNames.valid(name)) {
        throw bad(at, "\"" + visible(name) + "\" is no valid extra name",
            "Write extras as NAME[extra1,extra2].");
      }
      extras.add(PythonNames.normalise(name));
    }
    return extras;
  }

  /** A URL requirement's marker needs "; " (a bare ';' may be part of the URL). */
  private static String stripMarker(String text) {
    int marker = text.indexOf("; ");
    return marker < 0 ? text.strip() : text.substring(0, marker).strip();
  }

  private static boolean isUrlOrPath(String text) {
    return text.contains("://") && !text.matches("[A-Za-z0-9._-]+\\s*(\\[[^]]*])?\\s*@.*")
        || text.startsWith(".") || text.startsWith("/") || text.startsWith("file:");
  }

  /** An included file's path relative to the app: pip resolves it from the including file. */
  private static String relative(String including, String included, Location at) {
    if (included.contains("://")) {
      throw bad(at, "The included requirements file is fetched from a URL",
          "unbuildpack cannot read what it installs; commit the file and include it by path.");
    }
    if (included.startsWith("/")) {
      throw bad(at, "The included requirements file has an absolute path",
          "Include it by a path relative to the including file.");
    }
    int slash = including.lastIndexOf('/');
    String path = slash < 0 ? included : including.substring(0, slash + 1) + included;
    List<String> parts = new ArrayList<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          throw bad(at, "The included requirements file is outside the app",
              "Keep requirements files inside the app and include them by a relative path.");
        }
        parts.remove(parts.size() - 1);
      } else {
        parts.add(part);
      }
    }
    if (parts.isEmpty()) {
      throw bad(at, "The include names no file", "Write the file's path after -r or -c.");
    }
    return String.join("/", parts);
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** App text in a message: on one line, bounded, and any URL's credentials masked. */
  static String visible(String text) {
    int scheme = text.indexOf("://");
    // Whatever follows a scheme may be a credential when an '@' comes after it: not shown.
    String masked = scheme >= 0 && text.indexOf('@', scheme) >= 0
        ? text.substring(0, scheme + 3) + "****" : text;
    return VisibleText.of(masked.length() > 80 ? masked.substring(0, 80) + "..." : masked);
  }

  static BadInputException bad(Location at, String why, String fix) {
    return new BadInputException("pip cannot read " + at.file(), at, why, List.of(fix));
  }
}
