package dev.unbuildpack.rules.python;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PEP 440 version specifiers as requires-python uses them (">=3.10,<3.13", "~=3.12", "==3.12.*"),
 * for plain release versions only.
 */
final class VersionSpecifier {
  private static final Pattern CLAUSE =
      Pattern.compile("\\s*(~=|==|!=|<=|>=|<|>)\\s*([0-9]+(?:\\.[0-9]+)*)(\\.\\*)?\\s*");

  private VersionSpecifier() {}

  /** Empty when the specifier is not one this reads. */
  static Optional<Boolean> satisfies(String specifier, String version) {
    int[] have = parse(version);
    boolean all = true;
    for (String clause : specifier.split(",", -1)) {
      Matcher match = CLAUSE.matcher(clause);
      if (!match.matches()) {
        return Optional.empty();
      }
      int[] want = parse(match.group(2));
      boolean wildcard = match.group(3) != null;
      int cmp = compare(have, want);
      boolean ok = switch (match.group(1)) {
        case "==" -> wildcard ? prefix(have, want) : cmp == 0;
        case "!=" -> wildcard ? !prefix(have, want) : cmp != 0;
        case ">=" -> cmp >= 0;
        case "<=" -> cmp <= 0;
        case ">" -> cmp > 0;
        case "<" -> cmp < 0;
        default -> cmp >= 0 && prefix(have, java.util.Arrays.copyOf(want,
            Math.max(1, want.length - 1)));
      };
      all &= ok;
    }
    return Optional.of(all);
  }

  private static int[] parse(String version) {
    String[] parts = version.split("\\.");
    int[] numbers = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      numbers[i] = Integer.parseInt(parts[i].length() > 9 ? "999999999" : parts[i]);
    }
    return numbers;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int x = i < a.length ? a[i] : 0;
      int y = i < b.length ? b[i] : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  private static boolean prefix(int[] have, int[] want) {
    for (int i = 0; i < want.length; i++) {
      if ((i < have.length ? have[i] : 0) != want[i]) {
        return false;
      }
    }
    return true;
  }
}
