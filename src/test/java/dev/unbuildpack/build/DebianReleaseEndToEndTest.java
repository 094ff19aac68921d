package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A conversion builds on the Debian release it names, with that release's package names: an app
 * whose oracledb 5 needs libaio (libaio1t64 on trixie, libaio1 on bookworm) is converted by
 * default (trixie) and with --debian bookworm, each Dockerfile is built on the stand-ins of its
 * release, and each image has its release's libaio and loads oracledb's native module.
 */
class DebianReleaseEndToEndTest {
  private static final Path IMAGE_MAP = Golden.projectDir().resolve(".ci/standins/image-map.txt");
  private static final List<String> BUILT = new ArrayList<>();
  private static DockerClient docker;

  @BeforeAll
  static void engine() {
    docker = TestImages.connect(TestImages.NODE, TestImages.NODE_BOOKWORM);
  }

  @AfterAll
  static void removeImages() {
    TestImages.release(docker, BUILT.toArray(String[]::new));
  }

  @Test
  void theDefaultConversionBuildsOnTrixieWithTrixiesPackageNames(@TempDir Path dir)
      throws IOException {
    assertBuildsOn(DebianRelease.TRIXIE, "libaio1t64", dir);
  }

  @Test
  void aConversionPinnedToBookwormBuildsOnBookwormWithItsPackageNames(@TempDir Path dir)
      throws IOException {
    assertBuildsOn(DebianRelease.BOOKWORM, "libaio1", dir);
  }

  private static void assertBuildsOn(DebianRelease release, String libaio, Path dir)
      throws IOException {
    Path app = app(dir.resolve("app"));
    List<String> args = new ArrayList<>(List.of("convert", "--image-map", IMAGE_MAP.toString(),
        "--extra-ca", ConvertedApps.CA_BUNDLE.toString()));
    if (release == DebianRelease.BOOKWORM) {
      args.addAll(List.of("--debian", "bookworm"));
    }
    args.add(app.toString());
    CliRun convert = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, convert.exitCode(), convert.err());
    String dockerfile = Files.readString(app.resolve("Dockerfile"));
    String standIn = TestImages.node(TestImages.NODE_VERSIONS.get(0), release);
    assertTrue(dockerfile.contains("FROM " + standIn + " AS runtime\n"), dockerfile);
    assertTrue(dockerfile.contains("      " + libaio + " \\\n")
        || dockerfile.contains("      " + libaio + "\n"), dockerfile);

    String tag = "unbuildpack-test/e2e-debian-" + release + ":" + UUID.randomUUID();
    BUILT.add(tag);
    ConvertedApps.build(app, app.resolve("Dockerfile"), tag);

    ContainerOutput os = new ContainerRun(docker).run(ContainerSpec.asRoot(tag, "sh", "-c",
        ". /etc/os-release && echo \"$VERSION_CODENAME\" && dpkg-query -W -f '${Status}' "
            + libaio), ConvertedApps.BOUND);
    assertEquals(release + "\ninstall ok installed", os.stdout().strip(), os.stderr());
    ContainerOutput loads = new ContainerRun(docker).run(new ContainerSpec(tag,
        List.of("node", "-e", "require('oracledb'); console.log('oracledb loaded')"), null,
        java.util.Map.of(), List.of()), ConvertedApps.BOUND);
    assertEquals("oracledb loaded", loads.stdout().strip(), loads.stderr());
  }

  /** An app on the stand-ins' Node.js whose oracledb 5 (Thick mode only) needs libaio. */
  private static Path app(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("package.json"), """
        {
          "name": "debian-release-e2e",
          "version": "1.0.0",
          "private": true,
          "engines": { "node": "%s" },
          "scripts": { "start": "node server.js" },
          "dependencies": { "oracledb": "5.5.0" }
        }
        """.formatted(TestImages.NODE_VERSIONS.get(0)));
    Files.writeString(dir.resolve("server.js"),
        "require('http').createServer((q, r) => r.end('ok')).listen(process.env.PORT);\n");
    Files.writeString(dir.resolve("Procfile"), "web: node server.js\n");
    return dir;
  }
}
