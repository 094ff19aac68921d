package dev.unbuildpack.build;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import dev.unbuildpack.common.EnvironmentException;
import java.time.Duration;
import java.util.List;

/**
 * The local Docker Engine, reached through docker-java. The host comes from DOCKER_HOST, else the
 * default unix socket. The API version is pinned to 1.41 because docker-java does not negotiate
 * and Engine 20.10 (Debian bookworm's) rejects anything newer with HTTP 400.
 */
public final class DockerEngine {
  public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";
  static final String API_VERSION = "1.41";

  private DockerEngine() {}

  /** The engine's address: DOCKER_HOST when set, else the default unix socket. */
  public static String host() {
    String fromEnv = System.getenv("DOCKER_HOST");
    return fromEnv == null || fromEnv.isBlank() ? DEFAULT_HOST : fromEnv;
  }

  /** A client that has answered a ping, or an {@link EnvironmentException} (exit code 4). */
  public static DockerClient connect() {
    return connect(host());
  }

  static DockerClient connect(String host) {
    DockerClient client;
    try {
      client = client(host);
    } catch (RuntimeException e) {
      throw new EnvironmentException(
          "DOCKER_HOST is not an address the Docker client can use: " + host,
          e.getMessage(),
          List.of("Set DOCKER_HOST to unix:///path/to/docker.sock or tcp://HOST:PORT, or unset"
              + " it for " + DEFAULT_HOST + "."),
          e);
    }
    try {
      client.pingCmd().exec();
      return client;
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw unreachable(host, e);
    }
  }

  /** True when an engine answers a ping at {@link #host()}. Never throws. */
  public static boolean isAvailable() {
    try (DockerClient client = client(host())) {
      client.pingCmd().exec();
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  static DockerClient client(String host) {
    DefaultDockerClientConfig config =
        DefaultDockerClientConfig.createDefaultConfigBuilder()
            .withDockerHost(host)
            .withApiVersion(API_VERSION)
            .build();
    DockerHttpClient http =
        new ZerodepDockerHttpClient.Builder()
            .dockerHost(config.getDockerHost())
            .sslConfig(config.getSSLConfig())
            .connectionTimeout(Duration.ofSeconds(5))
            .responseTimeout(Duration.ofMinutes(30))
            .build();
    return DockerClientImpl.getInstance(config, http);
  }

  static EnvironmentException unreachable(String host, Throwable cause) {
    return new EnvironmentException(
        "No Docker Engine answers at " + host,
        cause.getMessage(),
        List.of(
            "Start the Docker Engine (for example: sudo systemctl start docker).",
            "Or point DOCKER_HOST at a running engine.",
            "Or read the image without an engine: docker-archive:PATH or oci:DIR."),
        cause);
  }

  private static void closeQuietly(DockerClient client) {
    try {
      client.close();
    } catch (Exception ignored) {
      // Closing a client whose engine never answered has nothing to clean up.
    }
  }
}
