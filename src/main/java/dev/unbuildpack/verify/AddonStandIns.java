package dev.unbuildpack.verify;

import dev.unbuildpack.build.ContainerOutput;
import dev.unbuildpack.build.ContainerRun;
import dev.unbuildpack.build.ContainerSpec;
import dev.unbuildpack.build.PrivateNetwork;
import dev.unbuildpack.build.RunningContainer;
import dev.unbuildpack.common.EnvironmentException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The add-ons' stand-ins while verify runs the apps: a network made for this run (its name
 * unique, so runs sharing an engine never meet), one container per add-on reachable by its
 * service name, each ready (accepting TCP on its URL's port) before any app starts. Both images
 * run against the same stand-ins, one after the other. Closing removes the containers, then the
 * network.
 */
final class AddonStandIns implements AutoCloseable {
  private static final Duration POLL = Duration.ofMillis(250);
  /** One TCP connect to 127.0.0.1:$1 inside the stand-in (bash's /dev/tcp). */
  private static final String ACCEPTS = "exec 3<>/dev/tcp/127.0.0.1/$1";

  private final PrivateNetwork network;
  private final List<RunningContainer> containers;
  private final Map<String, String> env;

  private AddonStandIns(PrivateNetwork network, List<RunningContainer> containers,
      Map<String, String> env) {
    this.network = network;
    this.containers = containers;
    this.env = env;
  }

  /** Nothing to start: the apps run on the engine's default network. */
  static AddonStandIns none() {
    return new AddonStandIns(null, List.of(), Map.of());
  }

  /** Starts the stand-ins and waits until each accepts connections, within {@code timeout}. */
  static AddonStandIns start(ContainerRun engine, List<AddonStandIn> addons, Duration timeout,
      Consumer<String> progress) {
    if (addons.isEmpty()) {
      return none();
    }
    PrivateNetwork network = engine.network("unbuildpack-verify-" + UUID.randomUUID());
    List<RunningContainer> started = new ArrayList<>();
    Map<String, String> env = new LinkedHashMap<>();
    AddonStandIns standIns = new AddonStandIns(network, started, env);
    try {
      for (AddonStandIn addon : addons) {
        progress.accept("verify: starting " + addon.image() + " as " + addon.service() + " for "
            + addon.variable());
        engine.ensureImage(addon.image());
        started.add(engine.start(ContainerSpec.of(addon.image()).withEnv(addon.environment())
            .withNetwork(new ContainerSpec.Network(network.name(), List.of(addon.service())))));
        env.put(addon.variable(), addon.url());
      }
      long deadline = System.nanoTime() + timeout.toNanos();
      for (int i = 0; i < addons.size(); i++) {
        awaitReady(addons.get(i), started.get(i), deadline);
      }
      return standIns;
    } catch (RuntimeException e) {
      standIns.close();
      throw e;
    }
  }

  /** The network the apps join; null without stand-ins. */
  ContainerSpec.Network network() {
    return network == null ? null : new ContainerSpec.Network(network.name(), List.of());
  }

  /** Each add-on's variable and its URL, as Heroku sets them on a dyno. */
  Map<String, String> env() {
    return env;
  }

  private static void awaitReady(AddonStandIn addon, RunningContainer container, long deadline) {
    if (addon.port() < 0) {
      return;
    }
    while (System.nanoTime() < deadline) {
      if (container.exitCode().isPresent()) {
        throw notReady(addon, "it exited", container);
      }
      try {
        ContainerOutput out = container.exec(null, AppRunner.ENGINE_CALL, "bash", "-c", ACCEPTS,
            "accepts", Integer.toString(addon.port()));
        if (out.succeeded()) {
          return;
        }
      } catch (RuntimeException notYet) {
        // Tried again below until the deadline.
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting the add-ons", e);
      }
    }
    throw notReady(addon, "it did not accept connections on port " + addon.port()
        + " in time", container);
  }

  private static EnvironmentException notReady(AddonStandIn addon, String why,
      RunningContainer container) {
    String logs;
    try {
      ContainerOutput out = container.logs(AppRunner.ENGINE_CALL);
      logs = (out.stdout() + out.stderr()).strip();
    } catch (RuntimeException none) {
      logs = "";
    }
    int from = Math.max(0, logs.length() - 2000);
    return new EnvironmentException("The stand-in for " + addon.variable() + " ("
        + addon.image() + ") is not ready: " + why, logs.substring(from),
        List.of("Run the image by hand (docker run " + addon.image() + ") to see why, or set "
            + addon.variable() + " in --env-file to an instance you run yourself."), null);
  }

  @Override
  public void close() {
    containers.forEach(RunningContainer::close);
    if (network != null) {
      network.close();
    }
  }
}
