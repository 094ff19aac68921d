package dev.unbuildpack.detect.node;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the variables a line of configuration or shell expands. A scan, not a regular expression:
 * "${NAME-" with no closing brace, repeated, made a pattern search quadratic in the line's length,
 * and app files may be megabytes long.
 */
final class VariableReferences {
  private VariableReferences() {}

  /** A braced reference: the variable and whether it has a fallback. */
  record Reference(String name, boolean optional) {}

  /** ${NAME}, ${NAME?} (npm: empty when unset), ${NAME-x} / ${NAME:-x} (yarn: fallback). */
  static List<Reference> braced(String text) {
    List<Reference> found = new ArrayList<>();
    int[] close = nextClosingBrace(text);
    int i = 0;
    while (i < text.length()) {
      int end = i;
      if (isExpansion(text, i) && text.charAt(i + 1) == '{') {
        int nameEnd = nameEnd(text, i + 2);
        if (nameEnd > i + 2 && nameEnd < text.length()) {
          String name = text.substring(i + 2, nameEnd);
          char next = text.charAt(nameEnd);
          int fallback = next == '-' ? nameEnd + 1
              : next == ':' && nameEnd + 1 < text.length() && text.charAt(nameEnd + 1) == '-'
                  ? nameEnd + 2 : -1;
          if (next == '}') {
            found.add(new Reference(name, false));
            end = nameEnd;
          } else if (next == '?' && nameEnd + 1 < text.length()
              && text.charAt(nameEnd + 1) == '}') {
            found.add(new Reference(name, true));
            end = nameEnd + 1;
          } else if (fallback >= 0 && close[fallback] >= 0) {
            found.add(new Reference(name, true));
            end = close[fallback];
          }
        }
      }
      i = end + 1;
    }
    return found;
  }

  /** Names of $NAME and ${NAME...} references in a shell command, in order, without repeats. */
  static List<String> shell(String command) {
    List<String> names = new ArrayList<>();
    int[] close = nextClosingBrace(command);
    int i = 0;
    while (i < command.length()) {
      int end = i;
      if (isExpansion(command, i)) {
        boolean braced = command.charAt(i + 1) == '{';
        int start = braced ? i + 2 : i + 1;
        int nameEnd = nameEnd(command, start);
        if (nameEnd > start && (!braced || close[nameEnd] >= 0)) {
          String name = command.substring(start, nameEnd);
          if (!names.contains(name)) {
            names.add(name);
          }
          end = braced ? close[nameEnd] : nameEnd - 1;
        }
      }
      i = end + 1;
    }
    return names;
  }

  /** A '$' not escaped with a backslash and followed by something. */
  private static boolean isExpansion(String text, int i) {
    return text.charAt(i) == '$' && i + 1 < text.length() && (i == 0 || text.charAt(i - 1) != '\\');
  }

  /** Where a name ([A-Za-z_][A-Za-z0-9_]*) starting at {@code start} ends; start when none. */
  private static int nameEnd(String text, int start) {
    int end = start;
    while (end < text.length() && isNameChar(text.charAt(end), end == start)) {
      end++;
    }
    return end;
  }

  private static boolean isNameChar(char c, boolean first) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || !first && c >= '0' && c <= '9';
  }

  /** For each index, the index of the first '}' at or after it; -1 when there is none. */
  private static int[] nextClosingBrace(String text) {
    int[] next = new int[text.length() + 1];
    next[text.length()] = -1;
    for (int i = text.length() - 1; i >= 0; i--) {
      next[i] = text.charAt(i) == '}' ? i : next[i + 1];
    }
    return next;
  }
}
