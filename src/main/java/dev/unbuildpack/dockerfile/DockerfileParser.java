package dev.unbuildpack.dockerfile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Dockerfile text following the Dockerfile reference: parser directives at the very top,
 * the escape directive, comment lines (also inside continuations), line continuations (empty
 * lines inside them are skipped), {@code --flag} prefixes, JSON exec form versus shell form, and
 * here-documents on RUN, COPY and ADD. It does not expand variables: checks need the text as
 * written.
 */
public final class DockerfileParser {
  private static final Set<String> DIRECTIVES = Set.of("syntax", "escape", "check");
  private static final Set<String> HEREDOC_INSTRUCTIONS = Set.of("RUN", "COPY", "ADD");
  // The value is trimmed after matching: a lazy group before "\\s*$" cost time quadratic in a
  // run of spaces inside the value.
  private static final Pattern DIRECTIVE = Pattern.compile("^#\\s*([A-Za-z]+)\\s*=(.*)$");
  // "<<" not part of "<<<", optional "-", then a word, optionally in matching quotes.
  private static final Pattern HEREDOC =
      Pattern.compile("(?<!<)<<(?!<)(-?)(?:\"([^\"\\s]+)\"|'([^'\\s]+)'|([A-Za-z0-9_.\\-]+))");

  private final String file;
  private final List<String> lines;
  private final Map<String, String> directives = new LinkedHashMap<>();
  private char escape = '\\';
  private int next;

  private DockerfileParser(String file, String text) {
    this.file = file;
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    this.lines = List.of(body.replace("\r\n", "\n").split("\n", -1));
  }

  /** Parses a Dockerfile; {@code file} names it in error messages. */
  public static Dockerfile parse(String file, String text) {
    return new DockerfileParser(file, text).parse();
  }

  private Dockerfile parse() {
    readDirectives();
    escape = escapeCharacter();
    List<Instruction> instructions = new ArrayList<>();
    int stage = -1;
    while (next < lines.size()) {
      String line = lines.get(next).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        next++;
        continue;
      }
      Instruction instruction = readInstruction(stage);
      if (instruction.is("FROM")) {
        stage++;
        instruction = withStage(instruction, stage);
      }
      instructions.add(instruction);
    }
    return new Dockerfile(file, directives, escape, instructions);
  }

  /** Directives count only before the first comment, blank line or instruction. */
  private void readDirectives() {
    while (next < lines.size()) {
      Matcher directive = DIRECTIVE.matcher(lines.get(next).strip());
      if (!directive.matches()) {
        return;
      }
      String name = directive.group(1).toLowerCase(Locale.ROOT);
      if (!DIRECTIVES.contains(name)) {
        return; // an unknown directive is a comment, and a comment ends the directives
      }
      if (directives.containsKey(name)) {
        throw bad(next + 1, "The parser directive '" + name + "' appears twice",
            "Each parser directive may be given only once.", "Remove the second '" + name + "'.");
      }
      directives.put(name, directive.group(2).strip());
      next++;
    }
  }

  private char escapeCharacter() {
    String value = directives.getOrDefault("escape", "\\");
    if (!value.equals("\\") && !value.equals("`")) {
      throw bad(1, "The escape directive must be \\ or `", "It is '" + value + "'.",
          "Write '# escape=\\' or '# escape=`'.");
    }
    return value.charAt(0);
  }

  private Instruction readInstruction(int stage) {
    int start = next;
    String joined = joinContinuations();
    String keyword = firstWord(joined).toUpperCase(Locale.ROOT);
    String rest = joined.substring(Math.min(joined.length(), firstWord(joined).length())).strip();
    List<Flag> flags = new ArrayList<>();
    rest = readFlags(rest, flags);
    List<Heredoc> heredocs =
        HEREDOC_INSTRUCTIONS.contains(keyword) ? readHeredocs(rest, start) : List.of();
    List<String> exec = execForm(rest);
    return new Instruction(keyword, start + 1, next, flags, rest, exec, heredocs, stage);
  }

  /** Joins an instruction's physical lines; comment and empty lines inside are dropped. */
  private String joinContinuations() {
    StringBuilder joined = new StringBuilder();
    String line = lines.get(next++).stripLeading();
    while (endsWithEscape(line)) {
      joined.append(withoutEscape(line));
      line = null;
      while (next < lines.size()) {
        String candidate = lines.get(next++);
        String stripped = candidate.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          line = candidate;
          break;
        }
      }
      if (line == null) {
        return joined.toString(); // the file ended inside a continuation
      }
    }
    return joined.append(line).toString();
  }

  private boolean endsWithEscape(String line) {
    String trimmed = line.stripTrailing();
    return !trimmed.isEmpty() && trimmed.charAt(trimmed.length() - 1) == escape;
  }

  private static String withoutEscape(String line) {
    String trimmed = line.stripTrailing();
    return trimmed.substring(0, trimmed.length() - 1);
  }

  /**
   * Reads leading "--name[=value]" words into {@code flags}; returns what follows them. Walks by
   * index: cutting the rest of the line after each flag made many flags cost quadratic time.
   */
  private String readFlags(String rest, List<Flag> flags) {
    int at = 0;
    while (rest.startsWith("--", at)) {
      int end = wordEnd(rest, at);
      String word = rest.substring(at + 2, end);
      int eq = word.indexOf('=');
      flags.add(eq < 0 ? new Flag(word, null) : new Flag(word.substring(0, eq), word.substring(eq + 1)));
      at = end;
      while (at < rest.length() && Character.isWhitespace(rest.charAt(at))) {
        at++;
      }
    }
    return rest.substring(at).strip();
  }

  /** End of the whitespace-delimited word at {@code from}, honouring quotes and the escape. */
  private int wordEnd(String text, int from) {
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == escape && i + 1 < text.length()) {
        i++;
      } else if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (Character.isWhitespace(c)) {
        return i;
      }
    }
    return text.length();
  }

  private List<Heredoc> readHeredocs(String arguments, int instructionLine) {
    List<Heredoc> heredocs = new ArrayList<>();
    Matcher marker = HEREDOC.matcher(arguments);
    while (marker.find()) {
      boolean stripTabs = !marker.group(1).isEmpty();
      String quotedWord = marker.group(2) != null ? marker.group(2) : marker.group(3);
      String delimiter = quotedWord != null ? quotedWord : marker.group(4);
      heredocs.add(readHeredocBody(delimiter, stripTabs, quotedWord != null, instructionLine));
    }
    return heredocs;
  }

  private Heredoc readHeredocBody(String delimiter, boolean stripTabs, boolean quoted, int from) {
    int bodyStart = next;
    StringBuilder content = new StringBuilder();
    while (next < lines.size()) {
      String line = lines.get(next++);
      String compared = stripTabs ? line.replaceFirst("^\t+", "") : line;
      if (compared.equals(delimiter)) {
        return new Heredoc(delimiter, content.toString(), stripTabs, quoted, bodyStart + 1);
      }
      content.append(compared).append('\n');
    }
    throw bad(from + 1, "The here-document '" + delimiter + "' is never closed",
        "A here-document ends at a line that holds only its delimiter.",
        "Add a line '" + delimiter + "' after the here-document's content.");
  }

  /** The exec form's words when the arguments are a JSON array of strings; else null. */
  private static List<String> execForm(String arguments) {
    if (!arguments.startsWith("[")) {
      return null;
    }
    try {
      JsonNode node = Json.readTree(arguments);
      List<String> words = new ArrayList<>();
      for (JsonNode element : node) {
        if (!element.isTextual()) {
          return null;
        }
        words.add(element.textValue());
      }
      return node.isArray() ? words : null;
    } catch (JsonProcessingException e) {
      return null; // not valid JSON: Docker runs it in shell form
    }
  }

  private static String firstWord(String text) {
    int end = 0;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }

  private static Instruction withStage(Instruction from, int stage) {
    return new Instruction(from.keyword(), from.line(), from.endLine(), from.flags(),
        from.arguments(), from.execForm(), from.heredocs(), stage);
  }

  private BadInputException bad(int line, String title, String why, String fix) {
    return new BadInputException(title, Location.of(file, line), why, List.of(fix));
  }
}
