package dev.unbuildpack.detect.ruby;

import dev.unbuildpack.detect.Declared;
import java.util.List;
import java.util.Optional;

/**
 * What the Gemfile says, read as text and never run: Bundler evaluates it as Ruby code in the
 * build, so only the plain lines below are understood, and lines that would run other code are
 * listed for the report.
 *
 * @param sources the gem servers of "source" lines (top level and blocks), as written
 * @param ruby the argument of the "ruby" line ("\"3.3.5\"", "file: \".ruby-version\"")
 * @param gems the gem lines
 * @param variables environment variables the Gemfile reads (ENV["X"], ENV.fetch("X"), ${X}),
 *     each with its line
 * @param code lines that run code when Bundler evaluates the Gemfile (shell commands, eval,
 *     file or network access); the value is the construct found
 */
public record Gemfile(List<Declared> sources, Optional<Declared> ruby, List<GemfileGem> gems,
    List<Declared> variables, List<Declared> code) {
  public static final String FILE = "Gemfile";

  public Gemfile {
    sources = List.copyOf(sources);
    gems = List.copyOf(gems);
    variables = List.copyOf(variables);
    code = List.copyOf(code);
  }
}
