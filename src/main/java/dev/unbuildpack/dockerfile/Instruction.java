package dev.unbuildpack.dockerfile;

import java.util.List;
import java.util.Optional;

/**
 * One instruction with its continuation lines joined.
 *
 * @param keyword upper case ("RUN", "COPY", ...)
 * @param line 1-based line where the instruction starts
 * @param endLine 1-based last line, heredoc bodies included
 * @param flags the leading {@code --name[=value]} flags, in order
 * @param arguments the text after the flags, continuations joined with no escape left
 * @param execForm the JSON array of the exec form, or null for the shell form
 * @param heredocs here-documents, in the order their delimiters appear
 * @param stage 0-based index of the build stage (the FROM it belongs to); -1 before any FROM
 */
public record Instruction(
    String keyword,
    int line,
    int endLine,
    List<Flag> flags,
    String arguments,
    List<String> execForm,
    List<Heredoc> heredocs,
    int stage) {
  public Instruction {
    flags = List.copyOf(flags);
    execForm = execForm == null ? null : List.copyOf(execForm);
    heredocs = List.copyOf(heredocs);
  }

  public boolean is(String name) {
    return keyword.equalsIgnoreCase(name);
  }

  public boolean isExecForm() {
    return execForm != null;
  }

  /** Values of every flag with this name (a RUN may carry several --mount flags). */
  public List<String> flagValues(String name) {
    return flags.stream().filter(f -> f.name().equals(name) && f.value() != null)
        .map(Flag::value).toList();
  }

  public Optional<String> flag(String name) {
    return flagValues(name).stream().findFirst();
  }

  /** The secret mounts of a RUN, parsed; empty for other instructions. */
  public List<Mount> secretMounts() {
    return flagValues("mount").stream().map(Mount::parse).filter(Mount::isSecret).toList();
  }

  /**
   * What the instruction hands to the shell or copies: the shell-form text or the joined exec form,
   * followed by every heredoc body, so a search for a variable sees all of it.
   */
  public String commandText() {
    StringBuilder text = new StringBuilder(isExecForm() ? String.join(" ", execForm) : arguments);
    for (Heredoc heredoc : heredocs) {
      text.append('\n').append(heredoc.content());
    }
    return text.toString();
  }
}
