package dev.unbuildpack.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to run: an image, the entrypoint (null: the image's own; empty: none), the command
 * (empty: the image's own), the user (null: the image's own), extra environment, and container
 * TCP ports to publish on 127.0.0.1 (never on every interface) at ports the engine picks, and
 * the network it joins (null: the engine's default bridge).
 */
public record ContainerSpec(
    String image, List<String> entrypoint, List<String> command, String user,
    Map<String, String> env, List<Integer> publishedPorts, Network network) {
  public ContainerSpec {
    Objects.requireNonNull(image, "image");
    entrypoint = entrypoint == null ? null : List.copyOf(entrypoint);
    command = List.copyOf(command);
    env = Map.copyOf(env);
    publishedPorts = List.copyOf(publishedPorts);
  }

  /**
   * A user-defined network to join, and the names other containers on it reach this one by.
   *
   * @param name the network's name
   * @param aliases host names for this container on that network ("postgres"); may be empty
   */
  public record Network(String name, List<String> aliases) {
    public Network {
      Objects.requireNonNull(name, "name");
      aliases = List.copyOf(aliases);
    }
  }

  public ContainerSpec(
      String image, List<String> entrypoint, List<String> command, String user,
      Map<String, String> env, List<Integer> publishedPorts) {
    this(image, entrypoint, command, user, env, publishedPorts, null);
  }

  /** The image's own entrypoint. */
  public ContainerSpec(
      String image, List<String> command, String user, Map<String, String> env,
      List<Integer> publishedPorts) {
    this(image, null, command, user, env, publishedPorts);
  }

  /** The image with its own command and user. */
  public static ContainerSpec of(String image) {
    return new ContainerSpec(image, List.of(), null, Map.of(), List.of());
  }

  /** A command run as root (user 0), as inspection commands such as dpkg-query need. */
  public static ContainerSpec asRoot(String image, String... command) {
    return new ContainerSpec(image, List.of(command), "0", Map.of(), List.of());
  }

  public ContainerSpec withEnv(String name, String value) {
    Map<String, String> more = new TreeMap<>(env);
    more.put(name, value);
    return new ContainerSpec(image, entrypoint, command, user, more, publishedPorts, network);
  }

  public ContainerSpec withEnv(Map<String, String> more) {
    Map<String, String> all = new TreeMap<>(env);
    all.putAll(more);
    return new ContainerSpec(image, entrypoint, command, user, all, publishedPorts, network);
  }

  /** Runs {@code command} through {@code entrypoint} instead of the image's own. */
  public ContainerSpec withLaunch(List<String> entrypoint, List<String> command) {
    return new ContainerSpec(image, entrypoint, command, user, env, publishedPorts, network);
  }

  public ContainerSpec withPublishedPort(int containerPort) {
    List<Integer> more = new ArrayList<>(publishedPorts);
    more.add(containerPort);
    return new ContainerSpec(image, entrypoint, command, user, env, more, network);
  }

  /** Joins {@code network} (null: the engine's default bridge) instead. */
  public ContainerSpec withNetwork(Network network) {
    return new ContainerSpec(image, entrypoint, command, user, env, publishedPorts, network);
  }

  /** The environment as the engine takes it: sorted NAME=value entries. */
  List<String> envEntries() {
    return new TreeMap<>(env).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }
}
