package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.EnvironmentException;
import dev.unbuildpack.common.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fake clients (small shell scripts) stand for the two kinds of docker client. */
class DockerCliTest {
  @TempDir Path dir;

  @Test
  void acceptsA2010ClientWithoutAskingForBuildx() throws Exception {
    Path docker = fakeClient("Docker version 20.10.24+dfsg1, build 297e128", 1);

    assertEquals(docker, DockerCli.at(docker).executable());
  }

  @Test
  void acceptsANewClientWhoseBuildxWorks() throws Exception {
    Path docker = fakeClient("Docker version 28.2.2, build e6534b4", 0);

    assertEquals(docker, DockerCli.at(docker).executable());
  }

  @Test
  void refusesANewClientWithoutBuildxWithExitCode4() throws Exception {
    Path docker = fakeClient("Docker version 28.2.2, build e6534b4", 1);

    EnvironmentException e = assertThrows(EnvironmentException.class, () -> DockerCli.at(docker));

    assertEquals(ExitCode.ENVIRONMENT, e.exitCode());
    assertEquals("The docker client at " + docker + " cannot run BuildKit builds", e.title());
    assertTrue(e.why().orElseThrow().contains("buildx"));
    assertTrue(e.fixes().get(0).contains("/usr/bin/docker"));
  }

  @Test
  void refusesAMissingClient() {
    EnvironmentException e = assertThrows(EnvironmentException.class,
        () -> DockerCli.at(dir.resolve("no-docker")));

    assertEquals(ExitCode.ENVIRONMENT, e.exitCode());
    assertEquals("No docker client at " + dir.resolve("no-docker"), e.title());
  }

  @Test
  void refusesAProgramThatIsNotADockerClient() throws Exception {
    Path notDocker = fakeClient("podman version 4.3.1", 1);

    EnvironmentException e = assertThrows(EnvironmentException.class,
        () -> DockerCli.at(notDocker));

    assertEquals("Cannot tell which docker client " + notDocker + " is", e.title());
  }

  @Test
  void readsTheMajorVersion() {
    assertEquals(20, DockerCli.majorVersion(Path.of("d"), "Docker version 20.10.24+dfsg1, b"));
    assertEquals(28, DockerCli.majorVersion(Path.of("d"), "Docker version 28.2.2, build e6"));
  }

  /** A script answering --version with {@code version} and `buildx version` with that exit. */
  private Path fakeClient(String version, int buildxExit) throws Exception {
    Path script = dir.resolve("docker");
    Files.writeString(script, "#!/bin/sh\n"
        + "case \"$1\" in\n"
        + "  --version) echo '" + version + "' ;;\n"
        + "  buildx) exit " + buildxExit + " ;;\n"
        + "  *) exit 99 ;;\n"
        + "esac\n");
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }
}
