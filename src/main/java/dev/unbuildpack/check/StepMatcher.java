package dev.unbuildpack.check;

import dev.unbuildpack.dockerfile.Instruction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a RUN instruction is a build step detection named. Detection gives the command
 * Heroku runs; a Dockerfile may run another command doing the same job, so the groups of
 * rules/check/data/steps.toml make those equal. A command in no group must appear as written.
 * A command that only installs a package manager ({@link Tools}) is never the step: it reads no
 * file of the app, so it needs none of the app's secrets.
 */
final class StepMatcher {
  /** Where one simple command of a shell line ends. */
  private static final Pattern COMMAND_END = Pattern.compile("&&|\\|\\||[;|\\n]");

  private final List<List<String>> groups;
  private final Tools tools;

  /**
   * The commands that install a package manager, and the package managers they may install.
   *
   * @param installers commands such as "pip install", "npm install"
   * @param packages names of package managers ("pip", "yarn", "@yarnpkg/cli-dist")
   */
  record Tools(List<String> installers, Set<String> packages) {
    Tools {
      installers = installers.stream().map(StepMatcher::normalise).toList();
      packages = Set.copyOf(packages);
    }

    /** True when the command is an installer followed by options and package managers only. */
    boolean installsOnly(String command) {
      return installers.stream().anyMatch(installer -> {
        Matcher found = commandPattern(installer).matcher(command);
        if (!found.find()) {
          return false;
        }
        List<String> operands = Arrays.stream(command.substring(found.end()).strip().split(" "))
            .filter(word -> !word.isEmpty() && !word.startsWith("-")).toList();
        return !operands.isEmpty()
            && operands.stream().allMatch(word -> packages.contains(name(word)));
      });
    }

    /** The package of a requirement: "pip==26.2.1" is pip, "@yarnpkg/cli-dist@4.5.3" @yarnpkg/cli-dist. */
    private static String name(String requirement) {
      String word = requirement.replaceAll("^['\"]|['\"]$", "");
      int versionAt = word.startsWith("@") ? word.indexOf('@', 1) : -1;
      String bare = versionAt > 0 ? word.substring(0, versionAt) : word.split("[@=<>!~\\[;]", 2)[0];
      return bare.toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  StepMatcher(List<List<String>> groups, Tools tools) {
    this.groups = List.copyOf(groups);
    this.tools = tools;
  }

  /**
   * True when one of the RUN's simple commands runs one of the commands, or a command of the same
   * group, and is not a package manager's own install.
   */
  boolean runsAnyOf(Instruction run, List<String> commands) {
    List<String> candidates = commands.stream().flatMap(c -> equivalents(c).stream()).toList();
    return COMMAND_END.splitAsStream(run.commandText())
        .map(StepMatcher::normalise)
        .filter(command -> !tools.installsOnly(command))
        .anyMatch(command -> candidates.stream()
            .anyMatch(candidate -> commandPattern(candidate).matcher(command).find()));
  }

  private List<String> equivalents(String command) {
    String normalised = normalise(command);
    return groups.stream()
        .filter(group -> group.stream().anyMatch(c -> startsWithCommand(normalised, c)))
        .findFirst()
        .orElse(List.of(normalised));
  }

  private static boolean startsWithCommand(String text, String command) {
    return text.equals(command) || text.startsWith(command + " ");
  }

  /** The command as whole words: "npm ci" is in "cd x && npm ci --quiet", not in "npm cinnamon". */
  private static Pattern commandPattern(String command) {
    return Pattern.compile("(?<![\\w-])" + Pattern.quote(command) + "(?![\\w-])");
  }

  private static String normalise(String command) {
    return command.strip().replaceAll("\\s+", " ");
  }
}
