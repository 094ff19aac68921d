package dev.unbuildpack.verify;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How to run an image's processes.
 *
 * @param processes the long-running Procfile processes (type, command), web first; release and
 *     other one-off types are not among them
 * @param env variables every process gets besides PORT (the --env-file values, add-on URLs)
 * @param probePath the path the web process must answer on
 * @param timeout how long the web process may take to answer
 * @param grace how long the other processes must stay up
 */
public record RunPlan(
    List<Proc> processes, Map<String, String> env, String probePath, Duration timeout,
    Duration grace) {
  /** The container port every web process is told to listen on, as a dyno's PORT. */
  public static final int PORT = 5000;

  public RunPlan {
    processes = List.copyOf(processes);
    env = Map.copyOf(env);
    Objects.requireNonNull(probePath, "probePath");
  }

  /** One Procfile process. */
  public record Proc(String type, String command) {}
}
