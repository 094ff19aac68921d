package dev.unbuildpack.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;

/**
 * Stands in for Heroku's stack image heroku/heroku:24, which cannot be pulled here: the local
 * debootstrap bookworm base (.ci/docker-engine.sh), the stack's default user "heroku" (uid and
 * gid 1000) and PATH, plus the Debian packages a test names (a library the app's native code
 * needs, say). Built once per package set and kept, so a second test run costs nothing.
 */
public final class StackStandIn {
  static final String REPOSITORY = "unbuildpack-test/stack-standin";

  private StackStandIn() {}

  /** The stand-in with {@code packages} installed, built when the engine lacks it. */
  public static String image(DockerClient docker, List<String> packages) {
    String tag = REPOSITORY + ":" + (packages.isEmpty() ? "base"
        : String.join("-", packages.stream().sorted().toList()));
    try {
      docker.inspectImageCmd(tag).exec();
      return tag;
    } catch (NotFoundException absent) {
      // Built below.
    }
    TestImages.require(docker, TestImages.BASE);
    try {
      Path context = Files.createTempDirectory("unbuildpack-stack-standin-");
      StringBuilder dockerfile = new StringBuilder()
          .append("FROM ").append(TestImages.BASE).append('\n')
          .append("ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n")
          .append("RUN groupadd --gid 1000 heroku"
              + " && useradd --uid 1000 --gid heroku --shell /bin/bash --create-home heroku\n");
      if (!packages.isEmpty()) {
        dockerfile.append("RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install"
            + " -y --no-install-recommends ").append(String.join(" ", packages))
            .append(" && rm -rf /var/lib/apt/lists/*\n");
      }
      dockerfile.append("USER heroku\n");
      Files.writeString(context.resolve("Dockerfile"), dockerfile);
      ConvertedApps.build(context, context.resolve("Dockerfile"), tag);
      return tag;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
