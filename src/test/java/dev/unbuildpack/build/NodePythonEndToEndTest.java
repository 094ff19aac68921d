package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.testing.Golden;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app with two buildpacks, built for real: app.json lists heroku/nodejs then heroku/python,
 * the Python image is the base, Node.js is copied into the build stage from the Node.js image
 * (both stand-ins), npm builds a file, Python's post_compile hook needs it (so it fails unless
 * the Node.js steps ran first), and the image serves it on $PORT as the created user, without
 * Node.js, which no process calls.
 */
class NodePythonEndToEndTest {
  private static final Path PROJECT = Golden.projectDir();
  private static final Path FIXTURE = PROJECT.resolve("fixtures/multi/node-python-built");
  private static final Path IMAGE_MAP = PROJECT.resolve(".ci/standins/image-map.txt");
  private static final String TAG = "unbuildpack-test/e2e-node-python:" + UUID.randomUUID();
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
  void npmBuildsBeforeThePythonHookAndThePythonProcessServesItOnPort(@TempDir Path dir)
      throws Exception {
    Path app = ConvertedApps.copyApp(FIXTURE, dir.resolve("app"));
    CliRun convert = CliRun.of("convert", "--image-map", IMAGE_MAP.toString(), app.toString());
    assertEquals(0, convert.exitCode(), convert.err());
    String dockerfile = Files.readString(app.resolve("Dockerfile"));
    TestImages.requireBaseOf(docker, dockerfile);
    Matcher copied = Pattern.compile("(?m)^COPY --from=(\\S+) /usr/local/bin/node ")
        .matcher(dockerfile);
    assertTrue(copied.find(), dockerfile);
    TestImages.require(docker, copied.group(1));
    ConvertedApps.build(app, app.resolve("Dockerfile"), TAG);

    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(TAG).withEnv("PORT", "8080").withPublishedPort(8080))) {
      int port = web.hostPort(8080).orElseThrow();
      HttpResponse<String> answer =
          ConvertedApps.answerOrLogs(web, "http://127.0.0.1:" + port + "/");
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().startsWith("built by node v24."), answer.body());
      assertEquals("1000\n", web.exec(null, ConvertedApps.BOUND, "id", "-u").stdout());
      assertNotEquals(0L, web.exec(null, ConvertedApps.BOUND, "sh", "-c", "command -v node")
          .exitCode(), "no process calls node, so the runtime stage has none");
    }
  }
}
