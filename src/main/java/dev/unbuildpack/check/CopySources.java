package dev.unbuildpack.check;

import dev.unbuildpack.dockerfile.Instruction;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;

/** The context paths a COPY or ADD takes, and whether they include a given file of the app. */
final class CopySources {
  private CopySources() {}

  /** Every argument but the destination; nothing for a heredoc (its content is inline). */
  static List<String> of(Instruction copy) {
    if (!copy.heredocs().isEmpty()) {
      return List.of();
    }
    List<String> words = copy.isExecForm()
        ? copy.execForm()
        : List.of(copy.arguments().strip().split("\\s+"));
    return words.size() < 2 ? List.of() : words.subList(0, words.size() - 1);
  }

  static boolean covers(List<String> sources, String file) {
    return sources.stream().map(CopySources::clean).anyMatch(source -> source.isEmpty()
        || source.equals(file)
        || file.startsWith(source + "/")
        || FileSystems.getDefault().getPathMatcher("glob:" + source).matches(Path.of(file)));
  }

  /** "./a/", "/a" and "a" all name the context path "a"; "." and "./" name the whole context. */
  private static String clean(String source) {
    String cleaned = source.replaceAll("^(\\./)+", "").replaceAll("^/+", "").replaceAll("/+$", "");
    return cleaned.equals(".") ? "" : cleaned;
  }
}
