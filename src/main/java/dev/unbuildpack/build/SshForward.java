package dev.unbuildpack.build;

import dev.unbuildpack.common.EnvironmentException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@code ssh://[USER@]HOST[:PORT]} engine for docker-java, which has no ssh transport: OpenSSH
 * forwards a private local unix socket to the remote engine's socket, as {@code ssh -L} does for
 * any user. The docker CLI reaches the same engine on its own (it runs {@code docker system
 * dial-stdio} over ssh). One forward per host and process, stopped when the JVM exits.
 */
final class SshForward {
  static final String REMOTE_SOCKET = "/var/run/docker.sock";
  private static final Map<String, String> FORWARDS = new ConcurrentHashMap<>();
  private static final long WAIT_MILLIS = 15_000;

  private SshForward() {}

  /** The {@code unix://} address of a local socket forwarded to the engine at {@code sshHost}. */
  static String socketFor(String sshHost) {
    return FORWARDS.computeIfAbsent(sshHost, SshForward::start);
  }

  /** The ssh command line: no shell, no stdin, fail when the forward cannot be set up. */
  static List<String> command(URI host, Path localSocket) {
    List<String> command = new ArrayList<>(List.of(
        "ssh", "-nNT", "-o", "ExitOnForwardFailure=yes", "-o", "BatchMode=yes",
        "-L", localSocket + ":" + REMOTE_SOCKET));
    if (host.getPort() > 0) {
      command.addAll(List.of("-p", Integer.toString(host.getPort())));
    }
    command.add("--");
    command.add(host.getUserInfo() == null ? host.getHost() : host.getUserInfo() + "@" + host.getHost());
    return command;
  }

  private static String start(String sshHost) {
    URI host = URI.create(sshHost);
    if (host.getHost() == null) {
      throw new IllegalArgumentException("no host in " + sshHost);
    }
    try {
      Path dir = Files.createTempDirectory("unbuildpack-ssh",
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      Path socket = dir.resolve("docker.sock");
      Process ssh = new ProcessBuilder(command(host, socket))
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        ssh.destroy();
        socket.toFile().delete();
        dir.toFile().delete();
      }));
      long deadline = System.currentTimeMillis() + WAIT_MILLIS;
      while (!Files.exists(socket)) {
        if (!ssh.isAlive() || System.currentTimeMillis() > deadline) {
          ssh.destroy();
          throw noForward(sshHost, null);
        }
        Thread.sleep(100);
      }
      return "unix://" + socket;
    } catch (IOException e) {
      throw noForward(sshHost, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw noForward(sshHost, e);
    }
  }

  private static EnvironmentException noForward(String sshHost, Exception cause) {
    return new EnvironmentException(
        "Cannot reach the Docker Engine at " + sshHost + " over ssh",
        "ssh could not forward a local socket to " + REMOTE_SOCKET + " on that host"
            + (cause == null ? "." : ": " + cause.getMessage()),
        List.of("Check that `ssh " + sshHost.substring("ssh://".length())
                + " docker version` works without a password prompt (an ssh key or agent).",
            "Install the OpenSSH client if ssh is not on PATH."),
        cause);
  }
}
