package dev.unbuildpack.verify.reference;

/**
 * The small program a slug image starts with, because a container runtime starts the command
 * directly while a dyno starts it through bash after sourcing the app's profile scripts (Dev
 * Center "Dyno startup behavior" and ".profile.d scripts", both 2024-12-03): config vars are in
 * the environment already, HOME is /app, every /app/.profile.d/*.sh is sourced (in glob order,
 * which the buildpacks' 000_ prefixes count on), then /app/.profile, then the command runs.
 */
public final class DynoEntrypoint {
  /** Where the image holds the script, outside /app so the app's files stay exactly the slug's. */
  public static final String PATH = "/usr/local/lib/unbuildpack/dyno-start";

  /**
   * One argument is a Procfile command line, run by "bash -c" as on a dyno; several are a program
   * and its arguments. PORT and DYNO get the values a first web dyno would have unless given.
   */
  static final String SCRIPT = """
      #!/bin/bash
      # Starts a process the way a Heroku dyno does: profile scripts first, then the command.
      cd /app || exit 1
      export HOME=/app
      export PORT="${PORT:-5000}"
      export DYNO="${DYNO:-web.1}"
      for script in /app/.profile.d/*.sh; do
        if [ -r "$script" ]; then
          . "$script"
        fi
      done
      if [ -r /app/.profile ]; then
        . /app/.profile
      fi
      if [ "$#" -eq 0 ]; then
        echo "dyno-start: no command given (the slug has no Procfile web process)" >&2
        exit 2
      fi
      if [ "$#" -eq 1 ]; then
        exec /bin/bash -c "$1"
      fi
      exec "$@"
      """;

  private DynoEntrypoint() {}
}
