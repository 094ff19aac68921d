package dev.unbuildpack.verify;

import java.util.Locale;

/** How a process ended its trial run. */
public enum ProcessOutcome {
  /** The web process answered HTTP on $PORT. */
  ANSWERED,
  /** The web process neither answered nor exited before the timeout. */
  NO_ANSWER,
  /** The process exited (a web process before it answered, another before the grace period). */
  EXITED,
  /** A non-web process was still running after the grace period. */
  RUNNING,
  /** The container could not be created or started. */
  NOT_STARTED;

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public boolean ok() {
    return this == ANSWERED || this == RUNNING;
  }
}
