package dev.unbuildpack.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to run: an image, the command (empty: the image's own), the user (null: the image's
 * own), extra environment, and container TCP ports to publish on 127.0.0.1 (never on every
 * interface) at ports the engine picks.
 */
public record ContainerSpec(
    String image, List<String> command, String user, Map<String, String> env,
    List<Integer> publishedPorts) {
  public ContainerSpec {
    Objects.requireNonNull(image, "image");
    command = List.copyOf(command);
    env = Map.copyOf(env);
    publishedPorts = List.copyOf(publishedPorts);
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
    return new ContainerSpec(image, command, user, more, publishedPorts);
  }

  public ContainerSpec withPublishedPort(int containerPort) {
    List<Integer> more = new ArrayList<>(publishedPorts);
    more.add(containerPort);
    return new ContainerSpec(image, command, user, env, more);
  }

  /** The environment as the engine takes it: sorted NAME=value entries. */
  List<String> envEntries() {
    return new TreeMap<>(env).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
  }
}
