package dev.unbuildpack.dockerfile;

import java.util.ArrayList;
import java.util.List;

/**
 * A name and its value as written in ARG or ENV ({@code NAME=value}, {@code NAME="a b"}, the legacy
 * {@code ENV NAME value}, or a bare {@code ARG NAME}).
 *
 * @param value the value with quotes removed but variables left as written; null for a bare ARG
 */
public record Assignment(String name, String value) {

  /** The assignments of an ARG or ENV instruction, in order. */
  public static List<Assignment> of(Instruction instruction) {
    String text = instruction.arguments();
    List<String> words = words(text);
    if (instruction.is("ENV") && !words.isEmpty() && !words.get(0).contains("=")) {
      // Legacy form: the first word is the name, the rest of the line the value.
      String name = words.get(0);
      return List.of(new Assignment(name, text.substring(text.indexOf(name) + name.length()).strip()));
    }
    List<Assignment> assignments = new ArrayList<>();
    for (String word : words) {
      int eq = word.indexOf('=');
      assignments.add(eq < 0
          ? new Assignment(word, null)
          : new Assignment(word.substring(0, eq), unquote(word.substring(eq + 1))));
    }
    return assignments;
  }

  /** Splits on whitespace outside quotes; quotes are kept for {@link #unquote}. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && quote != '\'' && i + 1 < text.length()) {
        word.append(c).append(text.charAt(++i));
      } else if (quote != 0) {
        quote = c == quote ? 0 : quote;
        word.append(c);
      } else if (c == '"' || c == '\'') {
        quote = c;
        word.append(c);
      } else if (Character.isWhitespace(c)) {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static String unquote(String value) {
    StringBuilder plain = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && quote != '\'' && i + 1 < value.length()) {
        plain.append(value.charAt(++i));
      } else if (quote != 0 && c == quote) {
        quote = 0;
      } else if (quote == 0 && (c == '"' || c == '\'')) {
        quote = c;
      } else {
        plain.append(c);
      }
    }
    return plain.toString();
  }
}
