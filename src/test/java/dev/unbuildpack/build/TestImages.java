package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.fail;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.testing.DockerEngineSupport;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/** The local images engine tests build on; .ci/docker-engine.sh creates them. */
final class TestImages {
  /** debootstrap bookworm minbase, imported. */
  static final String BASE = "unbuildpack-test/bookworm:latest";
  /** Every Node.js stand-in's name up to its tag. */
  static final String NODE_REPOSITORY = "unbuildpack-test/node-standin:";
  /** The Node.js releases that have a stand-in (.ci/standins/node-versions.txt), first first. */
  static final List<String> NODE_VERSIONS = nodeVersions();
  /**
   * Stands in for node:V-trixie(-slim), V the first release listed: that exact node, the npm
   * and Yarn 1 it ships, a user "node" (1000), on debootstrap trixie.
   */
  static final String NODE = node(NODE_VERSIONS.get(0));
  /** The same on bookworm, for node:V-bookworm(-slim) (conversions pinned to bookworm). */
  static final String NODE_BOOKWORM = node(NODE_VERSIONS.get(0), DebianRelease.BOOKWORM);

  private TestImages() {}

  /** The stand-in for node:{@code version}-trixie(-slim), as .ci/standins/image-map.txt maps it. */
  static String node(String version) {
    return node(version, DebianRelease.TRIXIE);
  }

  /** The stand-in for node:{@code version}-{@code release}(-slim), as the image map maps it. */
  static String node(String version, DebianRelease release) {
    return NODE_REPOSITORY + version + (release == DebianRelease.BOOKWORM ? "" : "-" + release);
  }


  private static List<String> nodeVersions() {
    Path list = Golden.projectDir().resolve(".ci/standins/node-versions.txt");
    try {
      return Files.readAllLines(list).stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.split("\\s+")[0])
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client for tests that need the engine and these images (else skipped, or failed). */
  static DockerClient connect(String... images) {
    DockerEngineSupport.requireEngine();
    DockerClient docker = DockerEngine.connect();
    for (String image : images) {
      require(docker, image);
    }
    return docker;
  }

  /**
   * Requires the stand-in the build stage of a converted Dockerfile starts from (the image map
   * already rewrote it): the Node.js release a fixture resolves to must be listed in
   * .ci/standins/node-versions.txt, and this says so instead of a failed pull.
   */
  static void requireBaseOf(DockerClient docker, String dockerfile) {
    java.util.regex.Matcher from = java.util.regex.Pattern
        .compile("(?m)^FROM (\\S+) AS build$").matcher(dockerfile);
    if (!from.find()) {
      fail("no build stage in:\n" + dockerfile);
    }
    require(docker, from.group(1));
  }

  /** Removes the images a test class built, then closes its client; null-safe. */
  static void release(DockerClient docker, String... built) {
    if (docker == null) {
      return;
    }
    for (String image : built) {
      remove(docker, image);
    }
    try {
      docker.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Skips (or, under -Pdocker, fails) the test when the engine lacks {@code image}. */
  static void require(DockerClient docker, String image) {
    try {
      docker.inspectImageCmd(image).exec();
    } catch (NotFoundException e) {
      String reason = "the Docker Engine has no image " + image + "; run .ci/docker-engine.sh"
          + (image.startsWith(NODE_REPOSITORY) ? " after listing that release in"
              + " .ci/standins/node-versions.txt" : "");
      if (Boolean.getBoolean("unbuildpack.requireDocker")) {
        fail(reason);
      }
      Assumptions.assumeTrue(false, reason);
    }
  }

  /** Removes an image a test built; ignores one that is already gone. */
  static void remove(DockerClient docker, String image) {
    try {
      docker.removeImageCmd(image).withForce(true).exec();
    } catch (NotFoundException alreadyGone) {
      // Nothing to clean up.
    }
  }
}
