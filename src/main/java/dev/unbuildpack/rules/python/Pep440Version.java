package dev.unbuildpack.rules.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python package version as PEP 440 defines it, ordered as pip orders versions. No library on
 * Maven Central implements PEP 440, so this is the specification's own grammar (its Appendix B
 * pattern) and ordering: epoch, release (trailing zeros do not count), pre-release, post-release,
 * development release, local label. Numbers are unbounded, as the specification allows.
 */
public record Pep440Version(
    BigInteger epoch, List<BigInteger> release, Pre pre, BigInteger post, BigInteger dev,
    List<String> local) implements Comparable<Pep440Version> {

  /** A pre-release: phase 0 = a, 1 = b, 2 = rc. */
  public record Pre(int phase, BigInteger number) {}

  // PEP 440, Appendix B ("VERSION_PATTERN"), anchored.
  private static final Pattern VERSION = Pattern.compile(
      "v?(?:(?<epoch>[0-9]+)!)?(?<release>[0-9]+(?:\\.[0-9]+)*)"
          + "(?<pre>[-_.]?(?<prel>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<pren>[0-9]+)?)?"
          + "(?<post>(?:-(?<postn1>[0-9]+))|(?:[-_.]?(?<postl>post|rev|r)[-_.]?(?<postn2>[0-9]+)?))?"
          + "(?<dev>[-_.]?(?<devl>dev)[-_.]?(?<devn>[0-9]+)?)?"
          + "(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?",
      Pattern.CASE_INSENSITIVE);
  /** Longer than any real version; keeps a hostile lockfile from costing more than it's worth. */
  private static final int MAX_LENGTH = 200;

  public Pep440Version {
    release = List.copyOf(release);
    local = List.copyOf(local);
  }

  /** The version, or empty when the text is no PEP 440 version ("latest", "1.0-foo"). */
  public static Optional<Pep440Version> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher m = VERSION.matcher(text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    BigInteger epoch = m.group("epoch") == null ? BigInteger.ZERO : new BigInteger(m.group("epoch"));
    List<BigInteger> release = new ArrayList<>();
    for (String part : m.group("release").split("\\.")) {
      release.add(new BigInteger(part));
    }
    Pre pre = null;
    if (m.group("pre") != null) {
      String label = m.group("prel").toLowerCase(Locale.ROOT);
      int phase = label.startsWith("a") ? 0 : label.startsWith("b") ? 1 : 2;
      pre = new Pre(phase, number(m.group("pren")));
    }
    BigInteger post = null;
    if (m.group("post") != null) {
      post = number(m.group("postn1") != null ? m.group("postn1") : m.group("postn2"));
    }
    BigInteger dev = m.group("dev") == null ? null : number(m.group("devn"));
    List<String> local = m.group("local") == null ? List.of()
        : List.of(m.group("local").toLowerCase(Locale.ROOT).split("[-_.]"));
    return Optional.of(new Pep440Version(epoch, release, pre, post, dev, local));
  }

  private static BigInteger number(String digits) {
    return digits == null ? BigInteger.ZERO : new BigInteger(digits);
  }

  public boolean isPreRelease() {
    return pre != null || dev != null;
  }

  /** The same version without its local label ("1.0+ubuntu1" → "1.0"). */
  public Pep440Version public_() {
    return new Pep440Version(epoch, release, pre, post, dev, List.of());
  }

  /** The release segment, compared as PEP 440 compares releases (padded with zeros). */
  static int compareRelease(List<BigInteger> a, List<BigInteger> b) {
    int length = Math.max(a.size(), b.size());
    for (int i = 0; i < length; i++) {
      BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
      BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public int compareTo(Pep440Version other) {
    int c = epoch.compareTo(other.epoch);
    if (c == 0) {
      c = compareRelease(release, other.release);
    }
    if (c == 0) {
      c = Integer.compare(preRank(), other.preRank());
    }
    if (c == 0 && pre != null && other.pre != null) {
      c = Integer.compare(pre.phase, other.pre.phase);
      if (c == 0) {
        c = pre.number.compareTo(other.pre.number);
      }
    }
    if (c == 0) {
      c = compareMissingFirst(post, other.post);
    }
    if (c == 0) {
      c = compareMissingLast(dev, other.dev);
    }
    if (c == 0) {
      c = compareLocal(local, other.local);
    }
    return c;
  }

  /**
   * Where the pre-release part sorts: a development release of a final release ("1.0.dev1")
   * comes before its pre-releases, a final release after them.
   */
  private int preRank() {
    if (pre != null) {
      return 1;
    }
    return dev != null && post == null ? 0 : 2;
  }

  private static int compareMissingFirst(BigInteger a, BigInteger b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? -1 : 1;
    }
    return a.compareTo(b);
  }

  private static int compareMissingLast(BigInteger a, BigInteger b) {
    if (a == null || b == null) {
      return a == b ? 0 : a == null ? 1 : -1;
    }
    return a.compareTo(b);
  }

  /** No label sorts first; numeric parts sort after alphanumeric ones, numbers by value. */
  private static int compareLocal(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean xNumber = x.chars().allMatch(Character::isDigit);
      boolean yNumber = y.chars().allMatch(Character::isDigit);
      int c = xNumber && yNumber ? new BigInteger(x).compareTo(new BigInteger(y))
          : xNumber ? 1 : yNumber ? -1 : x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (epoch.signum() != 0) {
      text.append(epoch).append('!');
    }
    text.append(String.join(".", release.stream().map(BigInteger::toString).toList()));
    if (pre != null) {
      text.append(List.of("a", "b", "rc").get(pre.phase)).append(pre.number);
    }
    if (post != null) {
      text.append(".post").append(post);
    }
    if (dev != null) {
      text.append(".dev").append(dev);
    }
    if (!local.isEmpty()) {
      text.append('+').append(String.join(".", local));
    }
    return text.toString();
  }
}
