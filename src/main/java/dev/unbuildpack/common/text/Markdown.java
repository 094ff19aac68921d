package dev.unbuildpack.common.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Markdown (GitHub flavour) that app text cannot turn into markup, links, HTML or new table
 * rows: {@link #text} for prose and table cells, {@link #code} for code spans, {@link #row} for
 * table rows.
 */
public final class Markdown {
  /** A '|' that {@link #text} has not escaped already. */
  private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

  private Markdown() {}

  /**
   * Text safe in a table cell or a paragraph: HTML-significant characters become entities (a
   * report may sit inside HTML blocks), Markdown punctuation is backslash-escaped, and line breaks
   * and control characters become spaces so a row stays one row and a list item one item.
   */
  public static String text(String value) {
    if (value == null) {
      return "—";
    }
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String entity = c == '"' || c == '\'' ? null : Html.entity(c);
      if (entity != null) {
        out.append(entity);
      } else if (VisibleText.breaksLine(c) || Character.isISOControl(c)) {
        out.append(' ');
      } else if (c == '_' && inWord(value, i)) {
        out.append(c); // GFM: an intraword '_' neither opens nor closes emphasis (NODE_ENV)
      } else if ("\\|`*_[]#~!".indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean inWord(String text, int i) {
    return i > 0 && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i - 1))
        && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  /**
   * A code span holding the text as is: the fence is one backtick longer than the longest run
   * inside, padded when the text starts or ends with one (CommonMark); line breaks become
   * spaces, as a code span cannot hold them.
   */
  public static String code(String text) {
    String flat = oneLine(text);
    int longest = 0;
    int run = 0;
    for (char c : flat.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = flat.startsWith("`") || flat.endsWith("`") || flat.isBlank() ? " " : "";
    return fence + pad + flat + pad + fence;
  }

  /**
   * One table row of cells already written as Markdown ({@link #text}, {@link #code}); '|' is
   * escaped (inside code spans too, as GFM requires) and line breaks become spaces.
   */
  public static String row(List<String> cells) {
    StringBuilder row = new StringBuilder("|");
    for (String cell : cells) {
      row.append(' ').append(UNESCAPED_PIPE.matcher(oneLine(cell)).replaceAll("\\\\|"))
          .append(" |");
    }
    return row.append('\n').toString();
  }

  /** A table of plain texts: each cell goes through {@link #text}. */
  public static String table(List<String> headers, List<List<String>> rows) {
    StringBuilder table = new StringBuilder(header(headers.stream().map(Markdown::text).toList()));
    rows.forEach(r -> table.append(row(r.stream().map(Markdown::text).toList())));
    return table.toString();
  }

  public static String header(List<String> cells) {
    return row(cells) + "|" + "---|".repeat(cells.size()) + "\n";
  }

  private static String oneLine(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(VisibleText.breaksLine(c) || Character.isISOControl(c) ? ' ' : c);
    }
    return out.toString();
  }
}
