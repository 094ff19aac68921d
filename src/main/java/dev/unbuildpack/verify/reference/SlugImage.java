package dev.unbuildpack.verify.reference;

import com.google.cloud.tools.jib.api.CacheDirectoryCreationException;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.DockerDaemonImage;
import com.google.cloud.tools.jib.api.InvalidImageReferenceException;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.api.RegistryException;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.EnvironmentException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.detect.heroku.Procfile;
import dev.unbuildpack.detect.heroku.ProcfileEntry;
import dev.unbuildpack.image.source.ExportProgress;
import dev.unbuildpack.image.source.ImageArchive;
import dev.unbuildpack.image.source.ImageSources;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * Image A from a Heroku slug: the slug laid on the stack image the way a dyno runs it, without
 * rebuilding anything. The app is /app, owned by the dyno user (uid 1000, heroku/heroku:24's
 * "heroku"; a dyno never runs as root), HOME=/app, PORT and DYNO set, and {@link DynoEntrypoint}
 * sources .profile.d before the process starts. Jib writes the image, daemonless, to a tar or
 * through {@code docker load} to the engine.
 */
public final class SlugImage {
  static final String DYNO_USER = SlugReader.DYNO_UID + ":" + SlugReader.DYNO_UID;
  /** The Node.js buildpack's default web process (its bin/release) when there is no Procfile. */
  static final String NODE_DEFAULT_WEB = "npm start";

  private SlugImage() {}

  public static ReferenceImage build(SlugImageRequest request) {
    return build(request, SlugLimits.DEFAULT);
  }

  static ReferenceImage build(SlugImageRequest request, SlugLimits limits) {
    request.progress().accept("Reading the slug " + request.slug());
    SlugLayer layer = new SlugReader(limits).read(request.slug());
    Path work = null;
    try (ImageArchive stack = stackArchive(request)) {
      work = Files.createTempDirectory("unbuildpack-slug-image-");
      Path combined = work.resolve("stack-and-slug.tar");
      request.progress().accept("Laying the slug (" + layer.entries() + " entries, "
          + layer.unpackedBytes() + " bytes) on " + request.stackImage());
      StackArchive.withLayer(stack.path(), request.stackImage(), layer.tar(),
          "unbuildpack: slug " + request.slug().getFileName() + " in /app", combined);
      Path script = work.resolve("dyno-start");
      Files.writeString(script, DynoEntrypoint.SCRIPT, StandardCharsets.UTF_8);
      String web = webCommand(request, layer);
      containerize(dynoImage(combined, script, web), request);
      String image = request.tarOutput() == null
          ? request.imageName() : "docker-archive:" + request.tarOutput();
      return new ReferenceImage(image, ReferenceImage.Origin.SLUG, "slug "
          + request.slug().getFileName() + " on " + request.stackImage());
    } catch (IOException e) {
      throw new EnvironmentException("Could not build the image from the slug", e.getMessage(),
          List.of("Check the free space in " + System.getProperty("java.io.tmpdir") + "."), e);
    } finally {
      deleteQuietly(layer.tar());
      deleteTree(work);
    }
  }

  private static ImageArchive stackArchive(SlugImageRequest request) {
    request.progress().accept("Reading the stack image " + request.stackImage());
    return ImageSources.archive(request.stackImage(), new ExportProgress() {
      @Override
      public void finished(String image, long bytes, Duration took) {
        request.progress().accept("Exported " + image + " from the engine: " + (bytes >> 20)
            + " MiB in " + took.toMillis() + " ms");
      }
    });
  }

  static JibContainerBuilder dynoImage(Path base, Path script, String web) throws IOException {
    return Jib.from(TarImage.at(base))
        .addFileEntriesLayer(FileEntriesLayer.builder().setName("dyno-start")
            .addEntry(script, AbsoluteUnixPath.get(DynoEntrypoint.PATH),
                FilePermissions.fromOctalString("755"))
            .build())
        .addEnvironmentVariable("HOME", "/app")
        .addEnvironmentVariable("PORT", "5000")
        .addEnvironmentVariable("DYNO", "web.1")
        .setWorkingDirectory(AbsoluteUnixPath.get("/app"))
        .setUser(DYNO_USER)
        .setEntrypoint(List.of("/bin/bash", DynoEntrypoint.PATH))
        .setProgramArguments(web == null ? List.of() : List.of(web))
        .addLabel("unbuildpack.reference", "slug");
  }

  /** The web command: given, else the Procfile's, else the Node buildpack's default. */
  static String webCommand(SlugImageRequest request, SlugLayer layer) {
    if (request.webCommand() != null) {
      return request.webCommand();
    }
    if (layer.procfile() != null) {
      for (ProcfileEntry entry : Procfile.parse(layer.procfile()).entries()) {
        if (entry.type().equals("web")) {
          return entry.command();
        }
      }
    }
    return layer.packageJson() ? NODE_DEFAULT_WEB : null;
  }

  private static void containerize(JibContainerBuilder image, SlugImageRequest request)
      throws IOException {
    Containerizer target;
    try {
      if (request.tarOutput() != null) {
        target = Containerizer.to(TarImage.at(request.tarOutput()).named(request.imageName()));
      } else {
        DockerDaemonImage daemon = DockerDaemonImage.named(request.imageName());
        if (request.dockerExecutable() != null) {
          daemon.setDockerExecutable(request.dockerExecutable());
        }
        target = Containerizer.to(daemon);
      }
    } catch (InvalidImageReferenceException e) {
      throw new BadInputException("Invalid image name " + request.imageName(),
          Location.of(request.imageName()), e.getMessage(),
          List.of("Name the image as [registry/]name[:tag], in lower case."), e);
    }
    target.setToolName("unbuildpack")
        .addEventHandler(LogEvent.class, event -> {
          if (event.getLevel() == LogEvent.Level.LIFECYCLE) {
            request.progress().accept(event.getMessage());
          }
        });
    request.progress().accept(request.tarOutput() == null
        ? "Loading " + request.imageName() + " into the engine"
        : "Writing " + request.tarOutput());
    try {
      image.containerize(target);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EnvironmentException("Interrupted while building the slug image", null,
          List.of(), e);
    } catch (ExecutionException | RegistryException | CacheDirectoryCreationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      throw new EnvironmentException("Could not build the image from the slug",
          String.valueOf(cause.getMessage()),
          List.of("Check that the Docker Engine answers (docker info) and that the stack image"
              + " is a Linux image the engine can run."), e);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      List<Path> paths = new ArrayList<>(walk.toList());
      paths.sort((a, b) -> b.getNameCount() - a.getNameCount());
      paths.forEach(SlugImage::deleteQuietly);
    } catch (IOException ignored) {
      // A temporary folder; the operating system cleans its temp folder.
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A temporary file; the operating system cleans its temp folder.
    }
  }
}
