package dev.unbuildpack.detect.node;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the variables a line of configuration or shell expands. */
final class VariableReferences {
  // ${NAME}, ${NAME?} (npm: empty when unset), ${NAME-x} / ${NAME:-x} (yarn: fallback).
  private static final Pattern BRACED =
      Pattern.compile("(?<!\\\\)\\$\\{([A-Za-z_][A-Za-z0-9_]*)(\\?|:?-[^}]*)?\\}");
  private static final Pattern SHELL =
      Pattern.compile("(?<!\\\\)\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\\}|([A-Za-z_][A-Za-z0-9_]*))");

  private VariableReferences() {}

  /** A braced reference: the variable and whether it has a fallback. */
  record Reference(String name, boolean optional) {}

  static List<Reference> braced(String text) {
    List<Reference> found = new ArrayList<>();
    Matcher match = BRACED.matcher(text);
    while (match.find()) {
      found.add(new Reference(match.group(1), match.group(2) != null));
    }
    return found;
  }

  /** Names of $NAME and ${NAME...} references in a shell command, in order, without repeats. */
  static List<String> shell(String command) {
    List<String> names = new ArrayList<>();
    Matcher match = SHELL.matcher(command);
    while (match.find()) {
      String name = match.group(1) != null ? match.group(1) : match.group(2);
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }
}
