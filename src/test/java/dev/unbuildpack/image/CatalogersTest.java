package dev.unbuildpack.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.image.elf.GoBinaries;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LinkedObject;
import dev.unbuildpack.inventory.RuntimeInstall;
import dev.unbuildpack.inventory.SharedLibrary;
import dev.unbuildpack.testing.Golden;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cataloger over the root-filesystem fixtures debian-mini (dpkg) and heroku-app (what
 * Heroku buildpacks leave under /app, plus an apk database), packed as a two-layer archive.
 */
class CatalogersTest {
  private static final Path EXPECTED = Golden.projectDir().resolve("fixtures/rootfs/expected");

  @TempDir Path temp;

  private Path image() {
    return new TestArchive()
        .rootfs(JibImages.rootfs("debian-mini"))
        .rootfs(JibImages.rootfs("heroku-app"))
        .config(c -> c.putArray("Env").add("PATH=/app/.heroku/node/bin:/usr/bin"))
        .writeDockerArchive(temp.resolve("heroku-app.tar"));
  }

  private Inventory read() {
    Inventory found = Inventories.read("docker-archive:" + image());
    return new Inventory("docker-archive:heroku-app.tar", found.config(), found.layers(),
        found.packages(), found.runtimes(), found.libraries(), found.linkage());
  }

  @Test
  void jsonMatchesTheGoldenAndTheSchema() throws Exception {
    String json = Json.write(read());
    Golden.assertMatches(EXPECTED.resolve("heroku-app.inventory.json"), json);
    JsonSchema schema;
    try (InputStream in = getClass().getResourceAsStream("/schema/inventory.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
    JsonNode tree = Json.mapper().readTree(json);
    Set<ValidationMessage> problems = schema.validate(tree);
    assertEquals(Set.of(), problems);
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree).put("unexpected", 1);
    assertTrue(!schema.validate(tree).isEmpty(), "the schema rejects unknown fields");
  }

  @Test
  void textOutputMatchesTheGolden() {
    Path tar = image();
    CliRun run = CliRun.of("inventory", "docker-archive:" + tar);
    assertEquals(0, run.exitCode(), run.err());
    Golden.assertMatches(EXPECTED.resolve("heroku-app.inventory.txt"),
        run.out().replace(tar.toString(), "heroku-app.tar"));
  }

  @Test
  void findsEachEcosystemWhereBuildpacksPutIt() {
    Inventory inventory = read();
    List<String> packages = inventory.packages().stream()
        .map(p -> p.ecosystem() + " " + p.name() + " " + p.version()).toList();
    assertEquals(List.of("apk busybox 1.36.1-r5", "apk musl 1.2.4-r2",
        "composer monolog/monolog 3.5.0", "composer psr/log 3.0.0",
        "deb libc6 2.36-9+deb12u10", "deb zlib1g 1:1.2.13.dfsg-1",
        "deb-unpacked libvips-dev null", "deb-unpacked libvips42 8.14.1-3+deb12u1",
        "gem rack 3.0.8", "maven com.example:demo 0.0.1-SNAPSHOT",
        "maven com.fasterxml.jackson.core:jackson-core 2.15.2", "maven plain-lib 1.0",
        "npm express 4.18.2", "npm lodash 4.17.21",
        "pypi requests 2.31.0", "pypi six 1.16.0"), packages,
        "lodash once: the pnpm store entry, not its symlink");
  }

  @Test
  void compressedLayersGiveTheSameInventoryReadingForwardOnly() {
    Path gzip = new TestArchive()
        .rootfs(JibImages.rootfs("debian-mini"), TestArchive.Compression.ZSTD)
        .rootfs(JibImages.rootfs("heroku-app"), TestArchive.Compression.GZIP)
        .config(c -> c.putArray("Env").add("PATH=/app/.heroku/node/bin:/usr/bin"))
        .writeDockerArchive(temp.resolve("compressed.tar"));
    Inventory plain = read();
    Inventory compressed = Inventories.read("docker-archive:" + gzip);
    assertEquals(plain.packages(), compressed.packages());
    assertEquals(plain.runtimes(), compressed.runtimes());
    assertEquals(plain.linkage(), compressed.linkage());
    assertEquals(plain.libraries(), compressed.libraries());
  }

  @Test
  void findsGoModulesInStrippedAndUnstrippedBinariesInAnyLayerKind() {
    for (TestArchive.Compression compression : TestArchive.Compression.values()) {
      Path tar = new TestArchive()
          .layer(compression, l -> l
              .file("usr/local/bin/stripped", GoBinaries.elf(false, true), 0755)
              .file("app/bin/unstripped", GoBinaries.elf(true, false), 0755))
          .writeDockerArchive(temp.resolve("go-" + compression + ".tar"));
      List<String> modules = Inventories.read("docker-archive:" + tar).packages().stream()
          .map(p -> p.name() + " " + p.version() + " " + p.location()).toList();
      assertEquals(List.of(
          "example.com/app v1.2.0 /app/bin/unstripped",
          "example.com/app v1.2.0 /usr/local/bin/stripped",
          "github.com/google/uuid v1.6.0 /app/bin/unstripped",
          "github.com/google/uuid v1.6.0 /usr/local/bin/stripped",
          "golang.org/x/sys v0.2.0 /app/bin/unstripped",
          "golang.org/x/sys v0.2.0 /usr/local/bin/stripped"), modules, compression.name());
    }
  }

  @Test
  void findsRuntimesFromTheirVersionFiles() {
    assertEquals(List.of(
        new RuntimeInstall("go", "1.22.1", "/usr/local/go", "/usr/local/go/VERSION"),
        new RuntimeInstall("java", "17.0.9", "/app/.jdk", "/app/.jdk/release"),
        new RuntimeInstall("node", "20.11.1", "/app/.heroku/node",
            "/app/.heroku/node/include/node/node_version.h"),
        new RuntimeInstall("php", "8.3.2", "/app/.heroku/php",
            "/app/.heroku/php/include/php/main/php_version.h"),
        new RuntimeInstall("python", "3.12.1", "/app/.heroku/python",
            "/app/.heroku/python/include/python3.12/patchlevel.h"),
        new RuntimeInstall("ruby", "3.2.2", "/app/vendor/ruby-3.2.2",
            "/app/vendor/ruby-3.2.2/lib/ruby/3.2.0/x86_64-linux/rbconfig.rb")),
        read().runtimes());
  }

  @Test
  void resolvesNeededLibrariesThroughLdSoConfAndReportsTheMissingOnes() {
    Inventory inventory = read();
    String site = "/app/.heroku/python/lib/python3.12/site-packages/";
    assertEquals(List.of(
        new LinkedObject(site + "_ss.cpython-312-x86_64-linux-gnu.so",
            List.of("libcom_err.so.2", "libc.so.6"), List.of("libcom_err.so.2")),
        new LinkedObject("/app/node_modules/sharp/build/Release/sharp.node",
            List.of("libc.so.6"), List.of())),
        inventory.linkage());
    assertTrue(inventory.libraries().contains(
        new SharedLibrary("libc.so.6", "/usr/lib/x86_64-linux-gnu/libc.so.6", "deb:libc6")),
        inventory.libraries().toString());
  }
}
