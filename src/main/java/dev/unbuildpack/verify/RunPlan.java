package dev.unbuildpack.verify;

import dev.unbuildpack.build.ContainerSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How to run an image's processes.
 *
 * @param processes the long-running Procfile processes (type, command), web first; release and
 *     other one-off types are not among them
 * @param env variables every process gets besides PORT (the --env-file values, add-on URLs)
 * @param probePath the path the web process must answer on
 * @param timeout how long the web process may take to answer
 * @param grace how long the other processes must stay up
 * @param network the network the processes join (where the add-ons' stand-ins are); null for
 *     the engine's default
 */
public record RunPlan(
    List<Proc> processes, Map<String, String> env, String probePath, Duration timeout,
    Duration grace, ContainerSpec.Network network) {
  /** The container port every web process is told to listen on, as a dyno's PORT. */
  public static final int PORT = 5000;

  public RunPlan {
    processes = List.copyOf(processes);
    env = Map.copyOf(env);
    Objects.requireNonNull(probePath, "probePath");
  }

  /** On the engine's default network. */
  public RunPlan(List<Proc> processes, Map<String, String> env, String probePath,
      Duration timeout, Duration grace) {
    this(processes, env, probePath, timeout, grace, null);
  }

  /** The same run on {@code network} with {@code more} variables (an add-on's URL). */
  RunPlan on(ContainerSpec.Network network, Map<String, String> more) {
    Map<String, String> all = new TreeMap<>(more);
    all.putAll(env);
    return new RunPlan(processes, all, probePath, timeout, grace, network);
  }

  /** One Procfile process. */
  public record Proc(String type, String command) {}
}
