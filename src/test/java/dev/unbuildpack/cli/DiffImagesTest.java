package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.JibContainerBuilder;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import com.google.cloud.tools.jib.api.buildplan.Port;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} on two real image archives, built with Jib from the root filesystems under
 * fixtures/diff/images (no Docker daemon): a Heroku-like Node image and a conversion that lacks
 * libvips42, so sharp's native module cannot load.
 */
class DiffImagesTest {
  private static final Path ROOTFS = Golden.projectDir().resolve("fixtures/diff/images");
  private static final String SHARP =
      "/app/node_modules/sharp/build/Release/sharp-linux-x64.node";

  @TempDir static Path temp;
  static String heroku;
  static String converted;

  @BeforeAll
  static void buildImages() throws Exception {
    heroku = "docker-archive:" + build("heroku", Jib.fromScratch()
        .addEnvironmentVariable("NODE_HOME", "/app/.heroku/node")
        .setProgramArguments(List.of("/bin/sh", "-c", "npm start"))
        .setUser("heroku")
        .addExposedPort(Port.tcp(5000)), "heroku-stack", "heroku-node", "app");
    converted = "docker-archive:" + build("converted", Jib.fromScratch()
        .setEntrypoint(List.of("/usr/bin/tini", "--"))
        .setProgramArguments(List.of("npm", "start"))
        .setUser("1000:1000")
        .addExposedPort(Port.tcp(8080)), "converted-stack", "converted-node", "app");
  }

  @Test
  void reportsTheMissingLibraryWithThePackageThatProvidedItAndFailsOnIt() throws IOException {
    CliRun run = CliRun.of("diff", heroku, converted, "--format", "json",
        "--fail-on", "missing-library");

    assertEquals(1, run.exitCode(), run.err());
    JsonNode missing = category(Json.mapper().readTree(run.out()), "missing-library");
    assertEquals(1, missing.size(), missing.toString());
    assertEquals(SHARP, missing.get(0).path("scope").asText());
    assertEquals("libvips-cpp.so.42", missing.get(0).path("subject").asText());
    assertEquals("provided in A by deb:libvips42", missing.get(0).path("detail").asText());
  }

  @Test
  void reportsPackagesRuntimesAndConfigurationReadFromTheArchives() throws IOException {
    JsonNode report = Json.mapper().readTree(
        CliRun.of("diff", heroku, converted, "--format", "json").out());

    assertEquals(List.of("curl", "libvips42"), subjects(category(report, "removed-os-package")));
    assertEquals(List.of("tini"), subjects(category(report, "added-os-package")));
    assertEquals(List.of("libc6"), subjects(category(report, "changed-os-package")));
    JsonNode node = category(report, "runtime-version").get(0);
    assertEquals("20.11.1 -> 20.19.2",
        node.path("before").asText() + " -> " + node.path("after").asText());
    assertEquals(List.of("NODE_HOME"), subjects(category(report, "env")));
    assertEquals(List.of("user"), subjects(category(report, "user")));
    assertEquals(List.of("5000/tcp", "8080/tcp"), subjects(category(report, "ports")));
    assertEquals(0, category(report, "changed-language-package").size());
  }

  @Test
  void anImageComparedWithItsSavedInventoryHasNoDifferences() throws IOException {
    CliRun inventory = CliRun.of("inventory", converted, "--format", "json");
    assertEquals(0, inventory.exitCode(), inventory.err());
    Path saved = temp.resolve("converted.json");
    Files.writeString(saved, inventory.out());

    CliRun run = CliRun.of("diff", converted, "inventory:" + saved);

    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("No differences\n"), run.out());
  }

  private static JsonNode category(JsonNode report, String id) {
    for (JsonNode category : report.path("categories")) {
      if (category.path("id").asText().equals(id)) {
        return category.path("changes");
      }
    }
    throw new AssertionError("no category " + id + " in " + report);
  }

  private static List<String> subjects(JsonNode changes) {
    List<String> subjects = new ArrayList<>();
    changes.forEach(change -> subjects.add(change.path("subject").asText()));
    return subjects;
  }

  /** One layer per root filesystem folder, bottom first, written as a docker-archive tar. */
  private static Path build(String name, JibContainerBuilder image, String... folders)
      throws Exception {
    for (String folder : folders) {
      FileEntriesLayer.Builder layer = FileEntriesLayer.builder().setName(folder);
      try (Stream<Path> top = Files.list(ROOTFS.resolve(folder))) {
        for (Path entry : top.sorted().toList()) {
          layer.addEntryRecursive(entry, AbsoluteUnixPath.get("/" + entry.getFileName()));
        }
      }
      image.addFileEntriesLayer(layer.build());
    }
    Path tar = temp.resolve(name + ".tar");
    Path cache = temp.resolve("jib-cache");
    image.containerize(Containerizer.to(TarImage.at(tar).named("unbuildpack-test/diff-" + name))
        .setBaseImageLayersCache(cache.resolve("base"))
        .setApplicationLayersCache(cache.resolve("app")));
    return tar;
  }
}
