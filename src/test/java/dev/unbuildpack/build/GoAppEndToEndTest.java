package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole promise for a Go app: convert writes a Dockerfile whose install step mounts the
 * GOPROXY config var app.json declares as a BuildKit secret; BuildKit builds it on the Go
 * stand-in (Debian's golang-go; the Go module proxy is unreachable here) with GOPROXY pointing at
 * a folder in the proxy protocol's layout this test writes into the app, so go install fetches
 * the app's one dependency from it and checks it against the committed go.sum; the binary lands
 * in /app/bin, and the image, with no Procfile, serves HTTP on $PORT from the default web process
 * as the unprivileged user the Dockerfile creates, without a Go toolchain.
 */
class GoAppEndToEndTest {
  private static final Path PROJECT = Golden.projectDir();
  private static final Path FIXTURE = PROJECT.resolve("fixtures/go/proxy-module");
  private static final String TAG = "unbuildpack-test/e2e-go-proxy-module:" + UUID.randomUUID();
  /** The dependency's files; go.sum in the fixture holds their h1: hashes. */
  private static final String MODULE = "example.com/greeting";
  private static final String VERSION = "v1.0.0";
  private static final String GO_MOD = "module example.com/greeting\n\ngo 1.21\n";
  private static final String GREETING_GO = "package greeting\n\n// Hello is served by the app;"
      + " it comes from a module fetched through GOPROXY.\nfunc Hello() string { return"
      + " \"hello from a proxied module\" }\n";
  private static DockerClient docker;

  @BeforeAll
  static void engine() {
    docker = TestImages.connect();
  }

  @AfterAll
  static void removeImage() {
    TestImages.release(docker, TAG);
  }

  @Test
  void convertedAppFetchesItsModuleThroughGoproxyAndServesHttpAsTheCreatedUser(
      @TempDir Path dir) throws Exception {
    Path app = ConvertedApps.copyApp(FIXTURE, dir.resolve("app"));
    writeProxy(app.resolve("_goproxy"));
    String dockerfile = ConvertedApps.convert(app);
    assertTrue(dockerfile.contains("--mount=type=secret,id=GOPROXY,required=true"), dockerfile);
    assertFalse(dockerfile.contains("_goproxy"), "the proxy reaches the build as a secret only");
    TestImages.requireBaseOf(docker, dockerfile);
    Path goproxy = dir.resolve("goproxy-secret");
    Files.writeString(goproxy, "file:///app/_goproxy");
    build(app, goproxy);

    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(TAG).withEnv("PORT", "8080").withPublishedPort(8080))) {
      int port = web.hostPort(8080).orElseThrow();
      HttpResponse<String> answer =
          ConvertedApps.answerOrLogs(web, "http://127.0.0.1:" + port + "/");
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals("hello from a proxied module", answer.body(),
          "the answer comes from the module the proxy served");
      assertEquals("1000\n", web.exec(null, ConvertedApps.BOUND, "id", "-u").stdout());
      assertEquals(0, web.exec(null, ConvertedApps.BOUND, "test", "-x",
          "/app/bin/greeter-app").exitCode(), "go install wrote the binary to /app/bin");
      assertTrue(web.exec(null, ConvertedApps.BOUND, "sh", "-c", "command -v go").stdout()
          .isBlank(), "no Go toolchain at run time, as in Heroku's slug");
    }
  }

  /** The build with the extra CA (as every engine test) and GOPROXY as the secret it names. */
  private static void build(Path app, Path goproxy) {
    List<String> progress = new ArrayList<>();
    BuildKitRequest request = new BuildKitRequest(app, app.resolve("Dockerfile"), TAG,
        List.of(new SecretSource.FromFile("extra-ca", ConvertedApps.CA_BUNDLE),
            new SecretSource.FromFile("GOPROXY", goproxy)), Duration.ofMinutes(15));
    try {
      new BuildKitBuild(DockerCli.at(DockerCli.DEBIAN_CLIENT)).build(request, progress::add);
    } catch (RuntimeException e) {
      throw new AssertionError("build failed; last output:\n" + String.join("\n",
          progress.subList(Math.max(0, progress.size() - 60), progress.size())), e);
    }
  }

  /**
   * A module proxy as files (GOPROXY=file://...): <module>/@v/list, <version>.info, .mod and
   * .zip, the zip's entries under <module>@<version>/.
   */
  private static void writeProxy(Path root) throws IOException {
    Path versions = root.resolve(MODULE).resolve("@v");
    Files.createDirectories(versions);
    Files.writeString(versions.resolve("list"), VERSION + "\n");
    Files.writeString(versions.resolve(VERSION + ".info"),
        "{\"Version\":\"" + VERSION + "\",\"Time\":\"2026-01-01T00:00:00Z\"}\n");
    Files.writeString(versions.resolve(VERSION + ".mod"), GO_MOD);
    try (OutputStream out = Files.newOutputStream(versions.resolve(VERSION + ".zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, MODULE + "@" + VERSION + "/go.mod", GO_MOD);
      entry(zip, MODULE + "@" + VERSION + "/greeting.go", GREETING_GO);
    }
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
