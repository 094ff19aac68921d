package dev.unbuildpack.plan;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites base image references, for registry mirrors, air-gapped builds and tests ({@code
 * --image-map FILE}). The file format, one rewrite per line, first match wins:
 *
 * <pre>
 * # comment; blank lines are ignored, and so is anything after '#'
 * PATTERN = REPLACEMENT
 * node:*-bookworm-slim = mirror.example.com/library/node:*-bookworm-slim
 * node:*               = unbuildpack-test/node-standin:bookworm
 * </pre>
 *
 * A pattern matches a whole reference exactly as the generated files name it (no implied {@code
 * docker.io/library/} prefix). {@code *} matches any run of characters; the n-th {@code *} of the
 * replacement takes what the n-th {@code *} of the pattern matched, so a replacement has either no
 * {@code *} or as many as its pattern.
 */
public final class ImageMap {
  /**
   * Each {@code *} is a regex group; a few are all a mirror or stand-in mapping needs, and a
   * pattern of many could backtrack for minutes on a reference it does not match.
   */
  static final int MAX_STARS = 4;

  private static final Pattern REFERENCE_CHARS = Pattern.compile("[A-Za-z0-9._/:@*-]+");

  private final List<Entry> entries;

  private ImageMap(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** Rewrites nothing. */
  public static ImageMap empty() {
    return new ImageMap(List.of());
  }

  /**
   * Parses a map file's text; every invalid line is reported at once (exit code 3).
   *
   * @param fileName how the user named the file, for messages
   */
  public static ImageMap parse(String text, String fileName) {
    List<Entry> entries = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int firstBadLine = 0;
    Set<String> patterns = new HashSet<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int number = i + 1;
      String line = stripComment(lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      String problem = problemWith(line);
      if (problem == null && !patterns.add(line.substring(0, line.indexOf('=')).strip())) {
        problem = "the same pattern appears on an earlier line, so this line would never apply";
      }
      if (problem != null) {
        problems.add("line " + number + ": " + problem + " (\"" + line + "\")");
        firstBadLine = firstBadLine == 0 ? number : firstBadLine;
        continue;
      }
      entries.add(Entry.of(line, number));
    }
    if (!problems.isEmpty()) {
      throw invalid(fileName, firstBadLine, problems);
    }
    return new ImageMap(entries);
  }

  /** The reference after the first matching line, or the reference unchanged. */
  public ImageRef apply(String reference) {
    for (Entry entry : entries) {
      Matcher matcher = entry.pattern().matcher(reference);
      if (matcher.matches()) {
        return new ImageRef(entry.rewrite(matcher), reference, "line " + entry.line());
      }
    }
    return ImageRef.of(reference);
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** Why a (comment-free, non-blank) line is invalid, or null when it is fine. */
  private static String problemWith(String line) {
    int equals = line.indexOf('=');
    if (equals < 0) {
      return "expected PATTERN = REPLACEMENT, found no '='";
    }
    if (line.indexOf('=', equals + 1) >= 0) {
      return "expected one '=', found several";
    }
    String pattern = line.substring(0, equals).strip();
    String replacement = line.substring(equals + 1).strip();
    if (pattern.isEmpty() || replacement.isEmpty()) {
      return pattern.isEmpty() ? "the pattern is empty" : "the replacement is empty";
    }
    for (String side : List.of(pattern, replacement)) {
      if (!REFERENCE_CHARS.matcher(side).matches()) {
        return "'" + side + "' is not an image reference (letters, digits and . _ / : @ - * only)";
      }
    }
    if (stars(pattern) > MAX_STARS) {
      return "the pattern has " + stars(pattern) + " '*', more than " + MAX_STARS
          + " (each one multiplies the work of matching); use at most " + MAX_STARS;
    }
    long wanted = stars(replacement);
    if (wanted != 0 && wanted != stars(pattern)) {
      return "the replacement has " + wanted + " '*' but the pattern has " + stars(pattern)
          + "; use none or the same number";
    }
    return null;
  }

  private static long stars(String text) {
    return text.chars().filter(c -> c == '*').count();
  }

  private static BadInputException invalid(String fileName, int line, List<String> problems) {
    return new BadInputException(
        problems.size() == 1
            ? "The image map has an invalid line"
            : "The image map has " + problems.size() + " invalid lines",
        Location.of(fileName, line),
        String.join("; ", problems) + ".",
        List.of(
            "Write one rewrite per line as PATTERN = REPLACEMENT, for example"
                + " 'node:* = registry.example.com/node:*'; start comments with '#'."));
  }

  private record Entry(Pattern pattern, String replacement, int line) {
    static Entry of(String line, int number) {
      int equals = line.indexOf('=');
      String pattern = line.substring(0, equals).strip();
      StringBuilder regex = new StringBuilder();
      for (String literal : pattern.split("\\*", -1)) {
        if (regex.length() > 0) {
          regex.append("(.*)");
        }
        regex.append(Pattern.quote(literal));
      }
      return new Entry(Pattern.compile(regex.toString()), line.substring(equals + 1).strip(), number);
    }

    String rewrite(Matcher matcher) {
      StringBuilder result = new StringBuilder();
      int group = 0;
      for (char c : replacement.toCharArray()) {
        if (c == '*') {
          result.append(matcher.group(++group));
        } else {
          result.append(c);
        }
      }
      return result.toString();
    }
  }
}
