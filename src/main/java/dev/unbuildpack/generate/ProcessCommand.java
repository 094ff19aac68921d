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
final class ProcessCommand {
  private ProcessCommand() {}

  static List<String> execForm(String command) {
    return List.of("bash", "-c", command);
  }
}
