package dev.unbuildpack.dockerfile;

/**
 * A here-document attached to a RUN, COPY or ADD instruction.
 *
 * @param delimiter the word after {@code <<} (quotes removed)
 * @param content the lines between the instruction and the delimiter, each ending with "\n";
 *     for {@code <<-} leading tabs are already removed
 * @param stripTabs true for {@code <<-}
 * @param quoted true when the delimiter was quoted: the shell does not expand variables inside
 * @param line 1-based line of the first content line
 */
public record Heredoc(String delimiter, String content, boolean stripTabs, boolean quoted, int line) {}
