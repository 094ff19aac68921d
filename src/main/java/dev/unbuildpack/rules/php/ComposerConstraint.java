package dev.unbuildpack.rules.php;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Composer version constraint on a platform package ("^8.2", "~8.3.0", ">=8.1 <8.4",
 * "8.2.* || 8.3.*", "8.1 - 8.3"), read as Composer's VersionParser does for the release
 * versions a platform package has (getcomposer.org/doc/articles/versions.md): "|" and "||" join
 * alternatives, "," and spaces join conditions that all must hold, stability flags ("@dev") are
 * ignored.
 */
final class ComposerConstraint {
  private static final Pattern VERSION =
      Pattern.compile("v?(\\d+)(?:\\.(\\d+|\\*|x))?(?:\\.(\\d+|\\*|x))?(?:\\.(\\d+|\\*|x))?"
          + "(?:[-.]?(?:stable|rc\\d*|beta\\d*|alpha\\d*|RC\\d*|patch\\d*|p\\d*))?");
  private static final Pattern CONDITION =
      Pattern.compile("(\\^|~|>=|<=|>|<|!=|==|=)?\\s*(" + VERSION.pattern() + "|\\*|x)");
  private static final Pattern HYPHEN = Pattern.compile("(\\S+)\\s+-\\s+(\\S+)");

  /** Alternatives, each a list of bounds that must all hold. */
  private final List<List<Bound>> alternatives;

  private ComposerConstraint(List<List<Bound>> alternatives) {
    this.alternatives = alternatives;
  }

  /** One condition: op "&gt;=", "&lt;", "==" or "!=" against a three-part version. */
  private record Bound(String op, int[] version) {
    boolean admits(int[] v) {
      int c = compare(v, version);
      return switch (op) {
        case ">=" -> c >= 0;
        case ">" -> c > 0;
        case "<=" -> c <= 0;
        case "<" -> c < 0;
        case "!=" -> c != 0;
        default -> c == 0;
      };
    }
  }

  /**
   * True when a rule's "versions" (a Composer constraint) admits {@code version}; a rule without
   * one, or no version to judge, always applies.
   */
  static boolean ruleAdmits(String versions, String version) {
    return versions == null || version == null
        || parse(versions).map(c -> c.admits(version)).orElse(false);
  }

  /** The constraint, or empty when Composer could not read it either. */
  static Optional<ComposerConstraint> parse(String text) {
    List<List<Bound>> alternatives = new ArrayList<>();
    for (String alternative : text.strip().split("\\s*\\|\\|?\\s*", -1)) {
      List<Bound> bounds = new ArrayList<>();
      String rest = alternative.replaceAll("@[a-zA-Z]+", "").strip();
      Matcher hyphen = HYPHEN.matcher(rest);
      if (hyphen.matches()) {
        Optional<List<Bound>> low = condition(">=", hyphen.group(1));
        Optional<List<Bound>> high = hyphenHigh(hyphen.group(2));
        if (low.isEmpty() || high.isEmpty()) {
          return Optional.empty();
        }
        bounds.addAll(low.get());
        bounds.addAll(high.get());
      } else {
        for (String part : conditions(rest)) {
          Matcher m = CONDITION.matcher(part);
          if (!m.matches()) {
            return Optional.empty();
          }
          Optional<List<Bound>> parsed = condition(m.group(1) == null ? "" : m.group(1),
              m.group(2));
          if (parsed.isEmpty()) {
            return Optional.empty();
          }
          bounds.addAll(parsed.get());
        }
      }
      if (rest.isEmpty()) {
        return Optional.empty();
      }
      alternatives.add(bounds);
    }
    return Optional.of(new ComposerConstraint(alternatives));
  }

  /** The conditions of one alternative: words split at "," and spaces, an operator kept with
   * the version after it (">= 8.1"). */
  private static List<String> conditions(String alternative) {
    List<String> words = new ArrayList<>();
    String pending = "";
    for (String word : alternative.split("[\\s,]+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.matches("\\^|~|>=|<=|>|<|!=|==|=")) {
        pending = word;
      } else {
        words.add(pending + word);
        pending = "";
      }
    }
    if (!pending.isEmpty()) {
      words.add(pending); // a dangling operator: no version matches, the parse fails
    }
    return words;
  }

  boolean admits(String version) {
    int[] v = parts(version);
    return alternatives.stream().anyMatch(all -> all.stream().allMatch(b -> b.admits(v)));
  }

  private static Optional<List<Bound>> condition(String op, String version) {
    if (version.equals("*") || version.equals("x")) {
      return Optional.of(List.of(new Bound(">=", new int[] {0, 0, 0})));
    }
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      return Optional.empty();
    }
    int given = 0;
    int[] v = new int[3];
    boolean wildcard = false;
    for (int i = 0; i < 3; i++) {
      String part = m.group(i + 1);
      if (part == null) {
        break;
      }
      if (part.equals("*") || part.equals("x")) {
        wildcard = true;
        break;
      }
      v[i] = Integer.parseInt(part);
      given++;
    }
    if (wildcard) {
      return Optional.of(List.of(new Bound(">=", v), new Bound("<", next(v, given - 1))));
    }
    return Optional.of(switch (op) {
      // ^8.2 and ^8.2.1 allow the same major; ^0.3 the same minor.
      case "^" -> List.of(new Bound(">=", v), new Bound("<", v[0] > 0 || given == 1
          ? next(v, 0) : next(v, 1)));
      // ~8.2 allows up to the next major, ~8.2.1 up to the next minor.
      case "~" -> List.of(new Bound(">=", v), new Bound("<", next(v, Math.max(0, given - 2))));
      case "", "=", "==" -> List.of(new Bound("==", v));
      default -> List.of(new Bound(op, v));
    });
  }

  /** The upper side of "A - B": a partial B admits everything it starts (8.3 means &lt;8.4). */
  private static Optional<List<Bound>> hyphenHigh(String version) {
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      return Optional.empty();
    }
    int given = 0;
    int[] v = new int[3];
    for (int i = 0; i < 3 && m.group(i + 1) != null && m.group(i + 1).matches("\\d+"); i++) {
      v[i] = Integer.parseInt(m.group(i + 1));
      given++;
    }
    return Optional.of(List.of(given == 3 ? new Bound("<=", v) : new Bound("<", next(v,
        given - 1))));
  }

  /** The version with part {@code index} raised by one and the later parts zero. */
  private static int[] next(int[] v, int index) {
    int[] n = new int[3];
    for (int i = 0; i < index; i++) {
      n[i] = v[i];
    }
    n[index] = v[index] + 1;
    return n;
  }

  static int compare(String a, String b) {
    return compare(parts(a), parts(b));
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }

  private static int[] parts(String version) {
    String[] split = version.split("\\.");
    int[] v = new int[3];
    for (int i = 0; i < 3 && i < split.length; i++) {
      v[i] = Integer.parseInt(split[i].replaceAll("\\D.*", "").isEmpty() ? "0"
          : split[i].replaceAll("\\D.*", ""));
    }
    return v;
  }
}
