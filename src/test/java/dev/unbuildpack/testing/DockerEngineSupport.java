package dev.unbuildpack.testing;

import static org.junit.jupiter.api.Assertions.fail;

import dev.unbuildpack.build.DockerEngine;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a Docker Engine call {@link #requireEngine()} first. Without an engine they are
 * skipped with the reason shown; under the Maven profile {@code docker} (CI), where the system
 * property {@code unbuildpack.requireDocker} is "true", a missing engine fails them instead.
 */
public final class DockerEngineSupport {
  /** The Debian 20.10 client: it has BuildKit built in, the newer one on PATH lacks buildx. */
  public static final String DOCKER_CLI = "/usr/bin/docker";

  private DockerEngineSupport() {}

  public static void requireEngine() {
    if (DockerEngine.isAvailable()) {
      return;
    }
    String reason = "no Docker Engine answers at " + DockerEngine.host();
    if (Boolean.getBoolean("unbuildpack.requireDocker")) {
      fail(reason + ", and -Pdocker makes engine tests mandatory");
    }
    Assumptions.assumeTrue(false, reason + " (skipped; run with -Pdocker to require it)");
  }
}
