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
 * The Docker Engine the user's docker CLI talks to, reached through docker-java: DOCKER_HOST
 * (with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH for tcp with TLS) when set, else the docker
 * context DOCKER_CONTEXT names or config.json's {@code currentContext} (host and TLS material
 * from the context store, which docker-java reads as the CLI does), else the default unix socket.
 * An {@code ssh://} engine is reached through an OpenSSH socket forward ({@link SshForward}),
 * since docker-java has no ssh transport. The API version is pinned to 1.41 because docker-java
 * does not negotiate and Engine 20.10 (Debian bookworm's) rejects anything newer with HTTP 400.
 */
public final class DockerEngine {
  public static final String DEFAULT_HOST = "unix:///var/run/docker.sock";
  static final String API_VERSION = "1.41";

  private DockerEngine() {}

  /**
   * The engine's address as the CLI resolves it: DOCKER_HOST, else the current docker context's
   * endpoint, else the default unix socket.
   */
  public static String host() {
    String fromEnv = System.getenv("DOCKER_HOST");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    return contextHost();
  }

  /** What docker-java resolves with no host given: the current context's endpoint or the default. */
  private static String contextHost() {
    try {
      return DefaultDockerClientConfig.createDefaultConfigBuilder().build().getDockerHost()
          .toString();
    } catch (RuntimeException unreadableContext) {
      return DEFAULT_HOST;
    }
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
          List.of("Set DOCKER_HOST to unix:///path/to/docker.sock, tcp://HOST:PORT or"
              + " ssh://USER@HOST, or unset it for the current docker context or "
              + DEFAULT_HOST + "."),
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
    String reachable = host.startsWith("ssh://") ? SshForward.socketFor(host) : host;
    // Without an explicit host the builder reads the current context, TLS material included.
    DefaultDockerClientConfig.Builder builder =
        DefaultDockerClientConfig.createDefaultConfigBuilder().withApiVersion(API_VERSION);
    if (!reachable.equals(host())) {
      builder.withDockerHost(reachable);
    }
    DefaultDockerClientConfig config = builder.build();
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
