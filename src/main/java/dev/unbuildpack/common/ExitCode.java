package dev.unbuildpack.common;

/** The process exit codes every command shares; README.md documents them. */
public final class ExitCode {
  public static final int OK = 0;
  /** A check ran and failed: findings at or above --fail-on. */
  public static final int CHECK_FAILED = 1;
  /** The command line was wrong. */
  public static final int USAGE = 2;
  /** Unreadable or undetectable app, malformed manifest, invalid rule file, hostile image. */
  public static final int BAD_INPUT = 3;
  /** The environment is missing something: no Docker Engine, no docker client. */
  public static final int ENVIRONMENT = 4;

  private ExitCode() {}
}
