package dev.unbuildpack.detect.go;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of a go.mod file split the way the go command's modfile parser splits it: words and
 * quoted strings ("..." with backslash escapes, or `...`), "(" and ")" as their own tokens, and a
 * trailing "//" comment kept apart, since the buildpack reads its "// +heroku" settings there.
 *
 * @param number 1-based line number
 * @param tokens the words, quotes removed
 * @param comment the text after "//", or null when the line has no comment
 */
record GoModLine(int number, List<String> tokens, String comment) {
  GoModLine {
    tokens = List.copyOf(tokens);
  }

  static GoModLine split(String file, int number, String text) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\r') {
        i++;
      } else if (text.startsWith("//", i)) {
        return new GoModLine(number, tokens, text.substring(i + 2));
      } else if (c == '(' || c == ')') {
        tokens.add(String.valueOf(c));
        i++;
      } else if (c == '"' || c == '`') {
        i = quoted(file, number, text, i, tokens);
      } else {
        int start = i;
        while (i < text.length() && " \t\r()\"`".indexOf(text.charAt(i)) < 0
            && !text.startsWith("//", i)) {
          i++;
        }
        tokens.add(text.substring(start, i));
      }
    }
    return new GoModLine(number, tokens, null);
  }

  private static int quoted(String file, int number, String text, int start,
      List<String> tokens) {
    char quote = text.charAt(start);
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      if (quote == '"' && text.charAt(i) == '\\' && i + 1 < text.length()) {
        i++;
      }
      value.append(text.charAt(i));
      i++;
    }
    if (i >= text.length()) {
      throw new BadInputException("Malformed go.mod", Location.of(file, number),
          "A quoted string is not closed on its line.",
          List.of("Close the quote; 'go mod edit -fmt' reports the same error."));
    }
    tokens.add(value.toString());
    return i + 1;
  }

  /**
   * The words after the key of a "// +heroku <key> ..." line, as the buildpack's awk reads them:
   * its first field must be "//" itself, so the comment fills the line and a blank follows "//"
   * ("//+heroku" and a comment after a directive are not read).
   */
  List<String> herokuSetting(String key) {
    if (comment == null || !tokens.isEmpty() || comment.isEmpty()
        || (comment.charAt(0) != ' ' && comment.charAt(0) != '\t')) {
      return List.of();
    }
    String[] words = comment.strip().split("[ \t]+");
    if (words.length < 2 || !words[0].equals("+heroku") || !words[1].equals(key)) {
      return List.of();
    }
    return List.of(words).subList(2, words.length);
  }
}
