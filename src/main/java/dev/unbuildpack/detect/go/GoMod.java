package dev.unbuildpack.detect.go;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.Declared;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * go.mod read as text, as the go command's parser and the buildpack's awk read it: the module
 * path, the go and toolchain lines, require, replace and exclude (single lines and blocks), and
 * the "// +heroku goVersion" and "// +heroku install" comments. Never runs the go command.
 *
 * @param module the module path
 * @param go the go line's version ("1.25", "1.25.3"), when present
 * @param toolchain the toolchain line's name ("go1.26.1", "default"), when present
 * @param herokuGoVersion the first "// +heroku goVersion" comment's version, when present
 * @param herokuInstall the first "// +heroku install" comment's packages, with its line
 * @param requires every required module
 * @param replaces every replacement; a local one (a path starting with ./ or ../) is a folder of
 *     the app, or outside it
 * @param excludes every excluded module version
 */
public record GoMod(
    Declared module,
    Optional<Declared> go,
    Optional<Declared> toolchain,
    Optional<Declared> herokuGoVersion,
    Optional<HerokuInstall> herokuInstall,
    List<GoModule> requires,
    List<GoReplace> replaces,
    List<GoModule> excludes) {
  public static final String FILE = "go.mod";
  /** The go line's form (modfile.GoVersionRE): 1.N, 1.N.N, or a pre-release 1.NrcN. */
  static final Pattern GO_VERSION = Pattern.compile(
      "([1-9][0-9]*)\\.(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))?([a-z]+[0-9]+)?");
  private static final Pattern TOOLCHAIN = Pattern.compile("default|go" + GO_VERSION.pattern()
      + "(-[A-Za-z0-9_.+-]+)?");
  /** Directives the go command knows; any other word starting a line is an error. */
  private static final Set<String> DIRECTIVES = Set.of("module", "go", "toolchain", "require",
      "replace", "exclude", "retract", "godebug", "tool", "ignore");
  private static final String FIX = "Fix go.mod at that line; 'go mod edit -fmt' reports the"
      + " same error.";

  /** @param packages the packages to install, as the comment lists them */
  public record HerokuInstall(List<String> packages, Location at) {
    public HerokuInstall {
      packages = List.copyOf(packages);
    }
  }

  public GoMod {
    requires = List.copyOf(requires);
    replaces = List.copyOf(replaces);
    excludes = List.copyOf(excludes);
  }

  /** Parses go.mod's text; malformed input is bad input naming the line. */
  public static GoMod parse(String text) {
    Builder into = new Builder();
    String block = null;
    int blockLine = 0;
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      GoModLine line = GoModLine.split(FILE, i + 1, lines[i]);
      into.comments(line);
      List<String> tokens = line.tokens();
      if (tokens.isEmpty()) {
        continue;
      }
      if (block != null) {
        if (tokens.equals(List.of(")"))) {
          block = null;
        } else if (tokens.contains("(") || tokens.contains(")")) {
          throw bad(line.number(), "A line inside the " + block + " block holds a parenthesis.");
        } else {
          into.directive(block, tokens, line.number());
        }
        continue;
      }
      String verb = tokens.get(0);
      if (!DIRECTIVES.contains(verb)) {
        throw bad(line.number(), "Unknown directive '" + verb + "'.");
      }
      if (tokens.size() == 2 && tokens.get(1).equals("(")) {
        block = verb;
        blockLine = line.number();
        continue;
      }
      if (tokens.contains("(") || tokens.contains(")")) {
        throw bad(line.number(), "Unexpected parenthesis after '" + verb + "'.");
      }
      into.directive(verb, tokens.subList(1, tokens.size()), line.number());
    }
    if (block != null) {
      throw bad(blockLine, "The " + block + " block opened here is not closed with ')'.");
    }
    return into.build();
  }

  private static final class Builder {
    private Declared module;
    private Declared go;
    private Declared toolchain;
    private Declared goVersion;
    private HerokuInstall install;
    private final List<GoModule> requires = new ArrayList<>();
    private final List<GoReplace> replaces = new ArrayList<>();
    private final List<GoModule> excludes = new ArrayList<>();

    void comments(GoModLine line) {
      List<String> version = line.herokuSetting("goVersion");
      if (goVersion == null && !version.isEmpty()) {
        goVersion = new Declared(version.get(0), Location.of(FILE, line.number()));
      }
      List<String> packages = line.herokuSetting("install");
      if (install == null && !packages.isEmpty()) {
        install = new HerokuInstall(packages, Location.of(FILE, line.number()));
      }
    }

    void directive(String verb, List<String> args, int number) {
      Location at = Location.of(FILE, number);
      switch (verb) {
        case "module" -> module = once(module, verb, single(verb, args, number), at);
        case "go" -> {
          String version = single(verb, args, number);
          if (!GO_VERSION.matcher(version).matches()) {
            throw bad(number, "Invalid go version '" + version + "': it must look like 1.25 or"
                + " 1.25.3.");
          }
          go = once(go, verb, version, at);
        }
        case "toolchain" -> {
          String name = single(verb, args, number);
          if (!TOOLCHAIN.matcher(name).matches()) {
            throw bad(number, "Invalid toolchain '" + name + "': it must look like go1.25.3.");
          }
          toolchain = once(toolchain, verb, name, at);
        }
        case "require" -> requires.add(module(verb, args, number));
        case "exclude" -> excludes.add(module(verb, args, number));
        case "replace" -> replaces.add(GoReplace.of(args, at)
            .orElseThrow(() -> bad(number, "A replace line must read 'old [version] => new"
                + " [version]'.")));
        default -> {
          // retract, godebug, tool and ignore change nothing the buildpack decides.
          if (args.isEmpty()) {
            throw bad(number, "'" + verb + "' needs an argument.");
          }
        }
      }
    }

    private static GoModule module(String verb, List<String> args, int number) {
      if (args.size() != 2) {
        throw bad(number, "A " + verb + " line must name a module path and a version.");
      }
      return new GoModule(args.get(0), args.get(1), Location.of(FILE, number));
    }

    private static String single(String verb, List<String> args, int number) {
      if (args.size() != 1) {
        throw bad(number, "The " + verb + " directive takes exactly one argument.");
      }
      return args.get(0);
    }

    private static Declared once(Declared earlier, String verb, String value, Location at) {
      if (earlier != null) {
        throw bad(at.line(), "A second " + verb + " directive (the first is at "
            + earlier.at() + ").");
      }
      return new Declared(value, at);
    }

    GoMod build() {
      if (module == null) {
        throw new BadInputException("Malformed go.mod", Location.of(FILE),
            "go.mod has no module directive, which the go command requires.",
            List.of("Add 'module <path>' as its first line, or run 'go mod init <path>'."));
      }
      return new GoMod(module, Optional.ofNullable(go), Optional.ofNullable(toolchain),
          Optional.ofNullable(goVersion), Optional.ofNullable(install), requires, replaces,
          excludes);
    }
  }

  private static BadInputException bad(int line, String why) {
    return new BadInputException("Malformed go.mod", Location.of(FILE, line), why, List.of(FIX));
  }
}
