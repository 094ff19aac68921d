package dev.unbuildpack.generate;

import java.util.List;

/**
 * How a Procfile command runs in the image and in compose.yaml. Procfile commands are shell
 * command lines (they use $PORT, &&, redirections), and Heroku runs them with bash; so does the
 * image, through the exec form ["bash", "-c", command] rather than the shell form, whose /bin/sh
 * is dash on Debian. For a single command bash replaces itself with it, so the app, not a shell,
 * receives the signals. (As PID 1 an app without a SIGTERM handler ignores SIGTERM, hence
 * {@code init: true} in compose.yaml and {@code --init} in the report's instructions.)
 */
public final class ProcessCommand {
  /**
   * What a dyno does before the command (Dev Center "Dyno startup behavior"): source every
   * /app/.profile.d/*.sh in glob order, then /app/.profile, then run the command with bash. The
   * command is passed as an argument ($1), never pasted into this script, so no text of the app
   * becomes shell syntax here; exec keeps the app the container's main process.
   */
  static final String DYNO_START = "for script in /app/.profile.d/*.sh; do"
      + " if [ -r \"$script\" ]; then . \"$script\"; fi; done;"
      + " if [ -r /app/.profile ]; then . /app/.profile; fi;"
      + " exec bash -c \"$1\"";
  /** The script's $0, as bash names it in its messages. */
  static final String DYNO_START_NAME = "dyno-start";

  private ProcessCommand() {}

  static List<String> execForm(String command) {
    return List.of("bash", "-c", command);
  }

  /** As {@link #execForm(String)}, after the app's start-up scripts when it has any. */
  public static List<String> execForm(String command, boolean sourcesProfile) {
    return sourcesProfile
        ? List.of("bash", "-c", DYNO_START, DYNO_START_NAME, command)
        : execForm(command);
  }
}
