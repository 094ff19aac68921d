package dev.unbuildpack.rules.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEP 440 version specifier set (">=2.9, <3", "~=1.4.2", "==5.*"): every clause must hold.
 * Installed versions are judged, so a pre-release matches a clause that its version satisfies
 * (pip's rule of excluding pre-releases concerns choosing a version, not describing one).
 */
public final class Pep440Range {
  private static final Pattern CLAUSE =
      Pattern.compile("\\s*(?<op>~=|===|==|!=|<=|>=|<|>)\\s*(?<version>[^,\\s]+)\\s*");

  private record Clause(String op, String text, Pep440Version version, boolean wildcard) {}

  private final String text;
  private final List<Clause> clauses;

  private Pep440Range(String text, List<Clause> clauses) {
    this.text = text;
    this.clauses = List.copyOf(clauses);
  }

  /** The range, or empty when the text is no PEP 440 specifier set. */
  public static Optional<Pep440Range> parse(String text) {
    if (text == null || text.isBlank() || text.length() > 1000) {
      return Optional.empty();
    }
    List<Clause> clauses = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      Matcher m = CLAUSE.matcher(part);
      if (!m.matches()) {
        return Optional.empty();
      }
      String op = m.group("op");
      String raw = m.group("version");
      boolean wildcard = raw.endsWith(".*");
      if (op.equals("===")) {
        clauses.add(new Clause(op, raw, null, false));
        continue;
      }
      if (wildcard && !op.equals("==") && !op.equals("!=")) {
        return Optional.empty();
      }
      Optional<Pep440Version> version =
          Pep440Version.parse(wildcard ? raw.substring(0, raw.length() - 2) : raw);
      if (version.isEmpty()
          || wildcard && !version.get().local().isEmpty()
          || op.equals("~=") && version.get().release().size() < 2
          || !op.equals("==") && !op.equals("!=") && !version.get().local().isEmpty()) {
        return Optional.empty();
      }
      clauses.add(new Clause(op, raw, version.get(), wildcard));
    }
    return Optional.of(new Pep440Range(text.strip(), clauses));
  }

  /** True when the version satisfies every clause. */
  public boolean contains(Pep440Version version) {
    return clauses.stream().allMatch(clause -> holds(clause, version));
  }

  private static boolean holds(Clause clause, Pep440Version v) {
    Pep440Version spec = clause.version();
    return switch (clause.op()) {
      case "===" -> v.toString().equalsIgnoreCase(clause.text());
      case "==" -> clause.wildcard() ? prefixMatch(v, spec) : equal(v, spec);
      case "!=" -> clause.wildcard() ? !prefixMatch(v, spec) : !equal(v, spec);
      case "<=" -> v.public_().compareTo(spec) <= 0;
      case ">=" -> v.public_().compareTo(spec) >= 0;
      case "~=" -> v.public_().compareTo(spec) >= 0 && prefixMatch(v, withoutLastPart(spec));
      case "<" -> v.compareTo(spec) < 0
          // "<3" excludes 3.0a1: a pre-release of the bound is not below it (PEP 440).
          && (spec.isPreRelease() || !v.isPreRelease() || !sameRelease(v, spec));
      case ">" -> v.public_().compareTo(spec) > 0
          // ">3" excludes 3.post1 unless the bound is itself a post-release.
          && (spec.post() != null || v.post() == null || !sameRelease(v, spec));
      default -> throw new IllegalStateException("operator " + clause.op());
    };
  }

  /** "==1.0" matches 1.0.0 and, when the clause has no local label, 1.0+local. */
  private static boolean equal(Pep440Version v, Pep440Version spec) {
    Pep440Version candidate = spec.local().isEmpty() ? v.public_() : v;
    return candidate.compareTo(spec) == 0;
  }

  /** "==1.4.*": the same epoch and release beginning with 1.4 (missing parts count as 0). */
  private static boolean prefixMatch(Pep440Version v, Pep440Version prefix) {
    if (!v.epoch().equals(prefix.epoch())) {
      return false;
    }
    List<BigInteger> head = new ArrayList<>(v.release());
    while (head.size() < prefix.release().size()) {
      head.add(BigInteger.ZERO);
    }
    if (!head.subList(0, prefix.release().size()).equals(prefix.release())) {
      return false;
    }
    // A prefix naming a pre-, post- or dev-release must match that part too.
    if (prefix.pre() != null || prefix.post() != null || prefix.dev() != null) {
      return head.size() == prefix.release().size()
          && java.util.Objects.equals(v.pre(), prefix.pre())
          && (prefix.post() == null || prefix.post().equals(v.post()))
          && (prefix.dev() == null || prefix.dev().equals(v.dev()));
    }
    return true;
  }

  private static Pep440Version withoutLastPart(Pep440Version v) {
    return new Pep440Version(v.epoch(), v.release().subList(0, v.release().size() - 1), null,
        null, null, List.of());
  }

  private static boolean sameRelease(Pep440Version a, Pep440Version b) {
    return a.epoch().equals(b.epoch())
        && Pep440Version.compareRelease(a.release(), b.release()) == 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
