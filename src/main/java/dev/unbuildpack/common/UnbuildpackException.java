package dev.unbuildpack.common;

import java.util.List;
import java.util.Optional;

/**
 * A problem the user can act on. It carries the parts of a good error message (what, where, why,
 * how to fix) and the process exit code; {@code cli.ErrorRenderer} turns it into text. The core
 * never prints: it throws one of these.
 */
public abstract class UnbuildpackException extends RuntimeException {
  private final Location location;
  private final String why;
  private final List<String> fixes;

  protected UnbuildpackException(
      String title, Location location, String why, List<String> fixes, Throwable cause) {
    super(title, cause);
    this.location = location;
    this.why = why;
    this.fixes = List.copyOf(fixes);
  }

  /** One line, in the user's terms: what went wrong. */
  public String title() {
    return getMessage();
  }

  public Optional<Location> location() {
    return Optional.ofNullable(location);
  }

  public Optional<String> why() {
    return Optional.ofNullable(why);
  }

  public List<String> fixes() {
    return fixes;
  }

  /** The process exit code this problem maps to (see {@link ExitCode}). */
  public abstract int exitCode();
}
