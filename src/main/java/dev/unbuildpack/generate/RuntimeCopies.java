package dev.unbuildpack.generate;

import dev.unbuildpack.common.text.HashComment;
import dev.unbuildpack.common.text.ShellWord;
import dev.unbuildpack.plan.RuntimeCopy;
import java.util.Map;

/** The Dockerfile lines that bring another ecosystem's runtime into a stage. */
final class RuntimeCopies {
  private RuntimeCopies() {}

  /**
   * COPY --from the runtime's official image, path for path, then its links: COPY follows a link
   * it is named, so npm's would become a copy of npm-cli.js that no longer finds its modules.
   */
  static void render(StringBuilder out, RuntimeCopy copy) {
    out.append('\n');
    DockerfileParts.comment(out, Names.of(copy.ecosystem()) + " " + copy.runtime().version()
        + " [" + copy.runtime().rule() + "]: " + DockerfileParts.requestAndSource(copy.runtime())
        + ". Copied from its official image at that exact version, since " + copy.why()
        + " (layout: " + copy.source() + ").");
    if (copy.image().isMapped()) {
      DockerfileParts.comment(out, copy.image().original() + ", rewritten by the image map ("
          + copy.image().mappedBy() + ").");
    }
    String image = DockerfileParts.word(copy.image().reference(), "image reference");
    for (String path : copy.paths()) {
      String word = DockerfileParts.word(path, "runtime path");
      out.append("COPY --from=").append(image).append(' ').append(word).append(' ').append(word)
          .append('\n');
    }
    if (copy.links().isEmpty()) {
      return;
    }
    StringBuilder run = new StringBuilder("RUN ");
    String separator = "";
    for (Map.Entry<String, String> link : copy.links().entrySet()) {
      run.append(separator).append("ln -s ").append(ShellWord.of(link.getValue())).append(' ')
          .append(ShellWord.of(link.getKey()));
      separator = " \\\n && ";
    }
    out.append(run).append('\n');
  }
}
