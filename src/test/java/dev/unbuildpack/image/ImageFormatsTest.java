package dev.unbuildpack.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.image.TestArchive.Compression;
import dev.unbuildpack.inventory.InstalledPackage;
import dev.unbuildpack.inventory.Inventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every archive shape and layer compression gives the same inventory, with whiteouts and opaque
 * directories applied as overlayfs does.
 */
class ImageFormatsTest {
  private static final String STATUS = """
      Package: libpq5
      Status: install ok installed
      Installed-Size: 10
      Version: 15.5-0+deb12u1

      """;

  @TempDir Path temp;

  /** Layer 1 installs three npm packages; layer 2 deletes one and makes another dir opaque. */
  private TestArchive image(Compression compression) {
    return new TestArchive()
        .layer(compression, l -> l
            .file("var/lib/dpkg/status", STATUS)
            .file("app/node_modules/a/package.json", "{\"name\":\"a\",\"version\":\"1.0.0\"}")
            .file("app/node_modules/b/package.json", "{\"name\":\"b\",\"version\":\"2.0.0\"}")
            .file("app/lib/node_modules/c/package.json", "{\"name\":\"c\",\"version\":\"3.0.0\"}")
            .symlink("etc/os-release", "../usr/lib/os-release")
            .file("usr/lib/os-release", "ID=debian\n"))
        .layer(compression, l -> l
            .file("app/node_modules/.wh.a", "")
            .dir("app/lib/node_modules")
            .file("app/lib/node_modules/.wh..wh..opq", "")
            .file("app/lib/node_modules/d/package.json", "{\"name\":\"d\",\"version\":\"4.0.0\"}")
            .file("app/node_modules/b/package.json", "{\"name\":\"b\",\"version\":\"2.1.0\"}"))
        .config(c -> c.putArray("Env").add("PORT=5000"));
  }

  private static List<String> npm(Inventory inventory) {
    return inventory.packages().stream().filter(p -> p.ecosystem().equals("npm"))
        .map(p -> p.name() + "@" + p.version() + " " + p.location()).toList();
  }

  private static final List<String> EXPECTED_NPM = List.of(
      "b@2.1.0 /app/node_modules/b/package.json",
      "d@4.0.0 /app/lib/node_modules/d/package.json");

  @ParameterizedTest
  @EnumSource(Compression.class)
  void classicDockerArchive(Compression compression) {
    Path tar = image(compression).writeDockerArchive(temp.resolve("classic.tar"));
    Inventory inventory = Inventories.read("docker-archive:" + tar);
    assertEquals(EXPECTED_NPM, npm(inventory));
    assertEquals(List.of(new InstalledPackage("deb", "libpq5", "15.5-0+deb12u1",
        "/var/lib/dpkg/status", 10240)), inventory.packages().stream()
        .filter(p -> p.ecosystem().equals("deb")).toList());
    assertEquals(List.of("PORT=5000"), inventory.config().env());
    assertEquals("test layer 2", inventory.layers().get(1).createdBy());
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void ociLayoutInsideDockerSaveOfNewerEngines(Compression compression) {
    Path tar = image(compression).writeOciArchive(temp.resolve("oci-in-save.tar"));
    assertEquals(EXPECTED_NPM, npm(Inventories.read("docker-archive:" + tar)));
  }

  @ParameterizedTest
  @EnumSource(Compression.class)
  void ociLayoutDirectory(Compression compression) {
    Path dir = image(compression).writeOciLayout(temp.resolve("layout"));
    Inventory inventory = Inventories.read("oci:" + dir);
    assertEquals(EXPECTED_NPM, npm(inventory));
    assertEquals("oci:" + dir, inventory.image());
  }

  @Test
  void readsDistrolessStatusDirectoryAndAcceptsHardLinksInsideTheRoot() {
    String stanza = "Package: libssl3\nVersion: 3.0.15-1~deb12u1\nInstalled-Size: 6000\n";
    String md5sums = "abc  usr/lib/libssl.so.3\n";
    Path tar = new TestArchive()
        .layer(Compression.GZIP, l -> l
            .file("var/lib/dpkg/status.d/libssl3", stanza)
            .file("var/lib/dpkg/status.d/libssl3.md5sums", md5sums)
            .file("usr/bin/python3.11", "interpreter")
            .hardlink("usr/bin/python3", "usr/bin/python3.11"))
        .writeDockerArchive(temp.resolve("distroless.tar"));
    Inventory inventory = Inventories.read("docker-archive:" + tar);
    assertEquals(List.of(new InstalledPackage("deb", "libssl3", "3.0.15-1~deb12u1",
        "/var/lib/dpkg/status.d/libssl3", 6000L * 1024)), inventory.packages());
    assertEquals(stanza.length() + md5sums.length() + "interpreter".length(),
        inventory.totalSize(), "a hard link adds no bytes to its layer");
  }

  @Test
  void layerSizesCountRegularFilesOnly() {
    Path tar = new TestArchive()
        .layer(l -> l.file("a", "12345").symlink("b", "a").dir("c"))
        .writeDockerArchive(temp.resolve("sizes.tar"));
    Inventory inventory = Inventories.read("docker-archive:" + tar);
    assertEquals(5, inventory.layers().get(0).size());
    assertEquals(5, inventory.totalSize());
  }

  @Test
  void layerScannerVisitsEveryLayersEntriesWithContentIncludingDeletedFiles() throws IOException {
    Path tar = new TestArchive()
        .layer(Compression.GZIP, l -> l.file("app/.env", "TOKEN=abc\n").dir("app/empty"))
        .layer(l -> l.file("app/.wh..env", ""))
        .writeDockerArchive(temp.resolve("scan.tar"));
    List<String> seen = new ArrayList<>();
    try (LayerScanner scanner = LayerScanner.open("docker-archive:" + tar)) {
      assertTrue(scanner.configJson().contains("\"diff_ids\""), scanner.configJson());
      assertEquals(2, scanner.history().size());
      assertEquals("test layer 1", scanner.layers().get(0).createdBy());
      scanner.scan((entry, content) -> seen.add(entry.layerIndex() + " " + entry.path() + " "
          + entry.kind() + " " + entry.size() + " "
          + new String(content.readAllBytes(), StandardCharsets.UTF_8).trim()));
      assertTrue(scanner.layers().get(1).digest().startsWith("sha256:"));
    }
    assertEquals(List.of("0 app/.env FILE 10 TOKEN=abc", "0 app/empty DIRECTORY 0 ",
        "1 app/.wh..env FILE 0 "), seen);
  }
}
