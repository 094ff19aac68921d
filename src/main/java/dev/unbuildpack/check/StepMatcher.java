package dev.unbuildpack.check;

import dev.unbuildpack.dockerfile.Instruction;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a RUN instruction is a build step detection named. Detection gives the command
 * Heroku runs; a Dockerfile may run another command doing the same job, so the groups of
 * rules/check/data/steps.toml make those equal. A command in no group must appear as written.
 */
final class StepMatcher {
  private final List<List<String>> groups;

  StepMatcher(List<List<String>> groups) {
    this.groups = List.copyOf(groups);
  }

  /** True when the RUN runs one of the commands, or a command of the same group. */
  boolean runsAnyOf(Instruction run, List<String> commands) {
    String text = normalise(run.commandText());
    return commands.stream().anyMatch(command -> equivalents(command).stream()
        .anyMatch(candidate -> containsCommand(text, candidate)));
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
  private static boolean containsCommand(String text, String command) {
    return Pattern.compile("(?<![\\w-])" + Pattern.quote(command) + "(?![\\w-])").matcher(text).find();
  }

  private static String normalise(String command) {
    return command.strip().replaceAll("\\s+", " ");
  }
}
