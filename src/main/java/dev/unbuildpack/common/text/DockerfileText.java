package dev.unbuildpack.common.text;

import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The parts of Dockerfile instructions that carry text from the app or the rules: ENV/ARG names
 * and values, exec-form arrays, COPY paths and RUN command lines. Each method returns text that
 * keeps the instruction one instruction (no line break, no trailing escape, no here-document
 * marker) or refuses it with exit 3.
 */
public final class DockerfileText {
  /** A variable name every shell and compose can reference: Docker takes no wider set safely. */
  public static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** ENV values that mean themselves unquoted, '$' excluded. */
  private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");
  /** Rule values that may expand variables ($PATH) and need no quotes. */
  private static final Pattern PLAIN_EXPANDING = Pattern.compile("[A-Za-z0-9_./:=,+@%${}-]+");
  /** COPY sources are globs and go through variable expansion: only these mean themselves. */
  private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_./@+-]+");
  private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_./@+ -]+");
  private static final Pattern HEREDOC = Pattern.compile("<<");
  /** Image references, user names and mount values: one word, nothing expanded. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_./:@+-]+");

  private DockerfileText() {}

  /** An ENV or ARG name; anything else is refused. */
  public static String name(String name, Location where) {
    if (name == null || !NAME.matcher(name).matches()) {
      throw Refusal.of("The variable name", String.valueOf(name), where,
          "Variable names in a Dockerfile, a shell and compose.yaml are letters, digits and '_',"
              + " not starting with a digit.",
          "Rename the variable.");
    }
    return name;
  }

  /** A word Docker reads as is in FROM, USER, WORKDIR or a --mount option, else refused. */
  public static String word(String text, Location where) {
    if (text == null || !WORD.matcher(text).matches()) {
      throw Refusal.of("The word", String.valueOf(text), where,
          "Only letters, digits and . _ / : @ + - are read as one word with nothing expanded.",
          "Correct it to use only those characters.");
    }
    return text;
  }

  /**
   * A value Docker must take literally: no '$' expansion, no escapes. Single quotes do that in
   * ENV; the result always ends with a quote, never with the escape character.
   */
  public static String literalValue(String value, Location where) {
    oneLine("The value", value, where);
    return PLAIN_VALUE.matcher(value).matches() ? value : ShellWord.quoted(value);
  }

  /**
   * A value written by a rule that may reference other variables on purpose (PATH=$PATH:/app/bin):
   * '$' stays active, double quotes and backslashes are escaped. Never for app text.
   */
  public static String expandingValue(String value, Location where) {
    oneLine("The value", value, where);
    if (PLAIN_EXPANDING.matcher(value).matches()) {
      return value;
    }
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** NAME=value for ENV, the value taken literally. */
  public static String literalAssignment(String name, String value, Location where) {
    return name(name, where) + "=" + literalValue(value, where);
  }

  /** A JSON array of strings (exec form); JSON escapes every control and line separator. */
  public static String jsonArray(List<String> items) {
    return items.stream().map(DockerfileText::jsonString)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private static String jsonString(String text) {
    // Jackson leaves U+2028/U+2029 raw; editors and some readers break lines there.
    return Json.quote(text).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  /**
   * The arguments of a COPY: plain words, or the JSON form when a path holds a space. Paths with
   * glob, quote, '$' or escape characters are refused: COPY expands variables and globs in both
   * forms, so they would copy something else.
   */
  public static String copyArguments(List<String> paths, Location where) {
    for (String path : paths) {
      if (!SAFE_PATH.matcher(path).matches()) {
        throw Refusal.of("The path", path, where,
            "COPY treats '$', '\\', quotes, '*', '?' and '[' in paths as variables, escapes and"
                + " globs, and a line break would end the instruction.",
            "Rename the file or folder to letters, digits, '_', '.', '-', '@', '+' and spaces.");
      }
    }
    if (paths.stream().allMatch(p -> PLAIN_PATH.matcher(p).matches())) {
      return String.join(" ", paths);
    }
    return jsonArray(paths);
  }

  /**
   * A RUN command line: its lines are joined into one instruction with "; \" continuations. A
   * line that ends with the escape character, or a here-document marker, would pull the
   * following lines of the Dockerfile into the command, so both are refused.
   */
  public static String runCommand(String command, Location where) {
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (c != '\n' && VisibleText.breaksLine(c)) {
        throw Refusal.of("The command", command, where,
            "A line break inside a RUN command would end the instruction.",
            "Remove the line break.");
      }
    }
    String[] lines = command.split("\n", -1);
    for (String line : lines) {
      if (line.stripTrailing().endsWith("\\")) {
        throw Refusal.of("The command", command, where,
            "A command line ending in '\\' continues onto the next Dockerfile line.",
            "Remove the trailing backslash.");
      }
    }
    if (HEREDOC.matcher(command).find()) {
      throw Refusal.of("The command", command, where,
          "'<<' starts a here-document in a RUN line, which would take the following lines of"
              + " the Dockerfile as its content.",
          "Move the command into a script file and run that.");
    }
    return String.join("; \\\n    ", lines);
  }

  private static void oneLine(String what, String value, Location where) {
    if (VisibleText.hasControl(value)) {
      throw Refusal.of(what, value, where,
          "A Dockerfile instruction ends at a line break; ENV has no way to write one.",
          "Remove the line break from the value.");
    }
  }
}
