package dev.unbuildpack.image;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.FilePermissions;
import com.google.cloud.tools.jib.api.buildplan.Port;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds image tars from root-filesystem fixture folders with Jib, no daemon: one layer per
 * folder, Jib's own gzip-compressed Docker format, caches under target/.
 */
final class JibImages {
  private JibImages() {}

  static Path rootfs(String name) {
    return Golden.projectDir().resolve("fixtures/rootfs").resolve(name);
  }

  /** An image whose layers are the given rootfs fixtures, bottom first, with a typical config. */
  static Path build(Path out, String... rootfsNames) throws Exception {
    JibContainerBuilder image = Jib.fromScratch()
        .addEnvironmentVariable("PATH", "/usr/local/bin:/usr/bin:/bin")
        .addEnvironmentVariable("PORT", "5000")
        .setEntrypoint(List.of("/bin/sh", "-c"))
        .setProgramArguments(List.of("node server.js"))
        .setUser("1000:1000")
        .setWorkingDirectory(AbsoluteUnixPath.get("/app"))
        .addExposedPort(Port.tcp(5000))
        .addLabel("org.opencontainers.image.source", "fixtures/rootfs");
    for (String name : rootfsNames) {
      image.addFileEntriesLayer(layer(name));
    }
    Path cache = Golden.projectDir().resolve("target/jib-cache");
    image.containerize(Containerizer.to(TarImage.at(out).named("unbuildpack-test/inv-fixture"))
        .setBaseImageLayersCache(cache.resolve("base"))
        .setApplicationLayersCache(cache.resolve("app")));
    return out;
  }

  private static FileEntriesLayer layer(String name) throws IOException {
    Path root = rootfs(name);
    FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(name);
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.sorted().toList()) {
        layer.addEntryRecursive(child, AbsoluteUnixPath.get("/" + child.getFileName()),
            (source, target) -> Files.isDirectory(source) || Files.isExecutable(source)
                ? FilePermissions.fromOctalString("755")
                : FilePermissions.fromOctalString("644"),
            FileEntriesLayer.DEFAULT_MODIFICATION_TIME_PROVIDER);
      }
    }
    return layer.build();
  }
}
