package dev.unbuildpack.common.text;

/**
 * Comment lines starting with {@code #}, as Dockerfiles, compose.yaml and .dockerignore take
 * them. App text is made visible on one line first ({@link VisibleText}), so whatever it holds,
 * every line this class writes starts with '#': a newline in an app name cannot start an
 * instruction, a YAML key or an ignore pattern.
 */
public final class HashComment {
  private HashComment() {}

  /** One comment line: "# " and the text; the text never spans lines. */
  public static String line(String text) {
    return "# " + VisibleText.of(text) + "\n";
  }

  /** A paragraph wrapped at {@code width} characters, every line starting with "#". */
  public static String wrapped(String text, int width) {
    StringBuilder out = new StringBuilder();
    StringBuilder line = new StringBuilder("#");
    for (String word : VisibleText.of(text).split(" ")) {
      if (line.length() + 1 + word.length() > width && line.length() > 1) {
        out.append(line).append('\n');
        line = new StringBuilder("#");
      }
      line.append(' ').append(word);
    }
    return out.append(line).append('\n').toString();
  }
}
