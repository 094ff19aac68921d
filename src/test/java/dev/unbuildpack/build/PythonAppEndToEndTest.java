package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole promise for a Python app: convert writes a Dockerfile, BuildKit builds it on the
 * Python stand-in (the pinned pip comes from the stand-in's offline wheelhouse; PyPI is
 * unreachable here), pip installs the app's dependency from a folder of wheels this test writes,
 * and the image serves HTTP on $PORT as the unprivileged user the Dockerfile creates; a
 * bin/post_compile written under set -u finds BUILD_DIR and leaves its file in /app.
 */
class PythonAppEndToEndTest {
  private static final Path PROJECT = Golden.projectDir();
  private static final Path FIXTURE = PROJECT.resolve("fixtures/python/wheel-folder");
  private static final String TAG = "unbuildpack-test/e2e-python-wheel-folder:" + UUID.randomUUID();
  private static final String GREETING = "hello from a wheel " + UUID.randomUUID();
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
  void convertedAppInstallsItsWheelAndServesHttpAsTheCreatedUser(@TempDir Path dir)
      throws Exception {
    Path app = ConvertedApps.copyApp(FIXTURE, dir.resolve("app"));
    writeWheel(app.resolve("wheels"));
    // A hook that dies without BUILD_DIR under set -u, as Heroku apps' hooks often are.
    Path hook = app.resolve("bin/post_compile");
    Files.createDirectories(hook.getParent());
    Files.writeString(hook, "#!/usr/bin/env bash\nset -eu\ncd \"$BUILD_DIR\"\ntouch built\n");
    String dockerfile = ConvertedApps.convert(app);
    TestImages.requireBaseOf(docker, dockerfile);
    ConvertedApps.build(app, app.resolve("Dockerfile"), TAG);

    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(TAG).withEnv("PORT", "8080").withPublishedPort(8080))) {
      int port = web.hostPort(8080).orElseThrow();
      HttpResponse<String> answer =
          ConvertedApps.answerOrLogs(web, "http://127.0.0.1:" + port + "/");
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(GREETING, answer.body(), "the answer comes from the installed wheel");
      assertEquals("1000\n", web.exec(null, ConvertedApps.BOUND, "id", "-u").stdout());
      assertNotEquals("", web.exec(null, ConvertedApps.BOUND, "id", "-un").stdout().strip());
      String site = web.exec(null, ConvertedApps.BOUND, "python", "-c",
          "import greeting; print(greeting.__file__)").stdout();
      assertTrue(site.startsWith("/app/.heroku/python/lib/"), "installed into the app's Python: "
          + site);
      assertEquals(0, web.exec(null, ConvertedApps.BOUND, "test", "-f", "/app/built").exitCode(),
          "bin/post_compile ran in BUILD_DIR=/app");
    }
  }

  /** A pure-Python wheel "greeting 1.0" whose hello() returns {@link #GREETING}. */
  private static void writeWheel(Path folder) throws IOException {
    Files.createDirectories(folder);
    Path wheel = folder.resolve("greeting-1.0-py3-none-any.whl");
    try (OutputStream out = Files.newOutputStream(wheel);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      entry(zip, "greeting.py", "def hello():\n    return " + pythonString(GREETING) + "\n");
      entry(zip, "greeting-1.0.dist-info/METADATA",
          "Metadata-Version: 2.1\nName: greeting\nVersion: 1.0\n");
      entry(zip, "greeting-1.0.dist-info/WHEEL", "Wheel-Version: 1.0\nGenerator: test\n"
          + "Root-Is-Purelib: true\nTag: py3-none-any\n");
      entry(zip, "greeting-1.0.dist-info/RECORD", "greeting.py,,\n"
          + "greeting-1.0.dist-info/METADATA,,\ngreeting-1.0.dist-info/WHEEL,,\n"
          + "greeting-1.0.dist-info/RECORD,,\n");
    }
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String pythonString(String text) {
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }
}
