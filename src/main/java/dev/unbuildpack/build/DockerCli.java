package dev.unbuildpack.build;

import dev.unbuildpack.common.EnvironmentException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A docker client binary that can run BuildKit builds. Clients before 23.0 have BuildKit built
 * in; from 23.0 on, DOCKER_BUILDKIT=1 needs the buildx plugin, and without it every build fails
 * ("BuildKit is enabled but the buildx component is missing or broken"). Debian bookworm's
 * docker.io (20.10) is the first kind, a newer client without buildx the second.
 */
public final class DockerCli {
  /** Debian's docker.io client, which has BuildKit built in. */
  public static final Path DEBIAN_CLIENT = Path.of("/usr/bin/docker");

  static final int FIRST_MAJOR_NEEDING_BUILDX = 23;
  private static final Pattern VERSION = Pattern.compile("Docker version (\\d+)\\.(\\d+)");
  private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(30);

  private final Path executable;

  private DockerCli(Path executable) {
    this.executable = executable;
  }

  /** The client at {@code executable}, once it has shown it can run BuildKit builds. */
  public static DockerCli at(Path executable) {
    if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
      throw new EnvironmentException(
          "No docker client at " + executable,
          "BuildKit builds run through the docker command-line client.",
          List.of(
              "Install Debian's client: apt-get install docker.io",
              "Or name another client that has BuildKit (20.10+, or 23+ with buildx)."),
          null);
    }
    int major = majorVersion(executable, probe(executable, "--version"));
    if (major >= FIRST_MAJOR_NEEDING_BUILDX && !hasBuildx(executable)) {
      throw new EnvironmentException(
          "The docker client at " + executable + " cannot run BuildKit builds",
          "Docker " + major + " needs the buildx plugin for BuildKit, and `"
              + executable + " buildx version` fails.",
          List.of(
              "Use Debian's client, which has BuildKit built in: " + DEBIAN_CLIENT,
              "Or install the buildx plugin for this client (docker-buildx-plugin)."),
          null);
    }
    return new DockerCli(executable);
  }

  public Path executable() {
    return executable;
  }

  /** The major version from {@code docker --version} output ("Docker version 20.10.24+dfsg1"). */
  static int majorVersion(Path executable, String versionOutput) {
    Matcher matcher = VERSION.matcher(versionOutput);
    if (!matcher.find()) {
      throw new EnvironmentException(
          "Cannot tell which docker client " + executable + " is",
          "`" + executable + " --version` printed: " + versionOutput.strip(),
          List.of("Point to a Docker command-line client, such as " + DEBIAN_CLIENT + "."),
          null);
    }
    return Integer.parseInt(matcher.group(1));
  }

  private static boolean hasBuildx(Path executable) {
    return StreamedProcess.run(
            List.of(executable.toString(), "buildx", "version"),
            Map.of(),
            line -> {},
            PROBE_TIMEOUT)
        == 0;
  }

  private static String probe(Path executable, String argument) {
    List<String> lines = new ArrayList<>();
    StreamedProcess.run(
        List.of(executable.toString(), argument), Map.of(), lines::add, PROBE_TIMEOUT);
    return String.join("\n", lines);
  }
}
