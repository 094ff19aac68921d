package dev.unbuildpack.common.text;

import java.util.regex.Pattern;

/**
 * One word for a POSIX shell (sh -c, a RUN line, a command in the report): the shell reads it
 * back as exactly the given text, with no expansion, redirection or word splitting.
 * {@code npm@>=11.x} becomes {@code 'npm@>=11.x'}, so '>' is not a redirect.
 */
public final class ShellWord {
  /**
   * Words made of these mean themselves to sh unquoted ('=' only after the first character; '^'
   * is not special to POSIX sh, so version ranges like ^3 stay readable).
   */
  private static final Pattern PLAIN =
      Pattern.compile("[A-Za-z0-9_@%+:,./^-][A-Za-z0-9_@%+=:,./^-]*");

  private ShellWord() {}

  /** Always single-quoted; each ' inside is written as '\''. */
  public static String quoted(String text) {
    return "'" + text.replace("'", "'\\''") + "'";
  }

  /** The text as is when the shell reads it literally anyway, else {@link #quoted}. */
  public static String of(String text) {
    return PLAIN.matcher(text).matches() ? text : quoted(text);
  }
}
