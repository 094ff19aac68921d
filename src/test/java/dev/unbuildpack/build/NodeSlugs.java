package dev.unbuildpack.build;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Makes a Heroku slug of a Node.js fixture without Heroku, in place of
 * {@code heroku slugs:download}: src/test/resources/slug/build-node-slug.sh runs the app's build
 * in a container of the Node.js stand-in image and lays /app out as the Node.js buildpack does
 * (node in /app/.heroku/node, node_modules pruned to production, .profile.d/nodejs.sh), then packs
 * ./app as slug.tar.gz. The builder image is removed once the slug is copied out.
 */
public final class NodeSlugs {
  private static final Path SCRIPT =
      Golden.projectDir().resolve("src/test/resources/slug/build-node-slug.sh");

  private NodeSlugs() {}

  /** The slug of {@code app} built with the Node.js stand-in {@code nodeImage}, at {@code out}. */
  public static Path build(DockerClient docker, Path app, String nodeImage, Path out) {
    String tag = "unbuildpack-test/slug-build:" + UUID.randomUUID();
    try {
      Path context = Files.createTempDirectory("unbuildpack-slug-build-");
      ConvertedApps.copyApp(app, context.resolve("app"));
      Files.copy(SCRIPT, context.resolve("build-node-slug.sh"));
      Files.writeString(context.resolve("Dockerfile"), "FROM " + nodeImage + "\n"
          + "COPY app/ /app/\n"
          + "COPY build-node-slug.sh /usr/local/bin/build-node-slug\n"
          + "RUN --mount=type=secret,id=extra-ca sh /usr/local/bin/build-node-slug\n");
      ConvertedApps.build(context, context.resolve("Dockerfile"), tag);
      copyOut(docker, tag, out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      TestImages.remove(docker, tag);
    }
  }

  private static void copyOut(DockerClient docker, String image, Path out) throws IOException {
    String container = docker.createContainerCmd(image).withCmd("true").exec().getId();
    try (InputStream archive = docker.copyArchiveFromContainerCmd(container, "/slug.tar.gz")
            .exec();
        TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
      TarArchiveEntry entry = tar.getNextEntry();
      if (entry == null || !entry.getName().equals("slug.tar.gz")) {
        throw new IOException("no /slug.tar.gz in " + image);
      }
      Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      docker.removeContainerCmd(container).withForce(true).exec();
    }
  }
}
