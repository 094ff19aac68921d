package dev.unbuildpack.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.inventory.ImageConfig;
import dev.unbuildpack.inventory.InstalledPackage;
import dev.unbuildpack.inventory.Inventory;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads Jib-built fixture images end to end through the public entry point. */
class InventoriesTest {
  @TempDir Path temp;

  @Test
  void readsConfigLayersAndDpkgPackagesOfAJibImage() throws Exception {
    Path tar = JibImages.build(temp.resolve("mini.tar"), "debian-mini");

    Inventory inventory = Inventories.read("docker-archive:" + tar);

    ImageConfig config = inventory.config();
    assertTrue(config.env().contains("PORT=5000"), config.env().toString());
    assertEquals(List.of("/bin/sh", "-c"), config.entrypoint());
    assertEquals(List.of("node server.js"), config.cmd());
    assertEquals("1000:1000", config.user());
    assertEquals("/app", config.workdir());
    assertEquals(List.of("5000/tcp"), config.exposedPorts());
    assertEquals(Map.of("org.opencontainers.image.source", "fixtures/rootfs"), config.labels());
    assertEquals("linux", config.os());
    assertEquals("amd64", config.architecture());

    assertEquals(1, inventory.layers().size());
    assertTrue(inventory.layers().get(0).digest().startsWith("sha256:"));
    long fixtureBytes;
    try (var files = java.nio.file.Files.walk(JibImages.rootfs("debian-mini"))) {
      fixtureBytes = files.filter(java.nio.file.Files::isRegularFile)
          .mapToLong(f -> f.toFile().length()).sum();
    }
    assertEquals(fixtureBytes, inventory.totalSize());

    assertEquals(List.of(
        new InstalledPackage("deb", "libc6", "2.36-9+deb12u10", "/var/lib/dpkg/status",
            12986L * 1024),
        new InstalledPackage("deb", "zlib1g", "1:1.2.13.dfsg-1", "/var/lib/dpkg/status",
            168L * 1024)),
        inventory.packages(), "curl is only config-files, so not installed");
    assertEquals("jib-core:0.28.1", inventory.layers().get(0).createdBy());
  }
}
