package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * An npm workspaces app whose root postinstall script reads a source file (fixture
 * workspaces-npm), converted with --output in a folder of its own, built with BuildKit from that
 * folder (-f, the app as context) on the stand-in of the exact Node release it resolves to, and run: it
 * answers on $PORT with what the linked workspace package and the postinstall script produced, on
 * that Node release, and what the written Dockerfile.dockerignore keeps out is not in the image.
 */
class WorkspacesEndToEndTest {
  private static final Path PROJECT = Golden.projectDir();
  private static final Path FIXTURE = PROJECT.resolve("fixtures/node/workspaces-npm");
  private static final Path IMAGE_MAP = PROJECT.resolve(".ci/standins/image-map.txt");
  private static final String TAG = "unbuildpack-test/e2e-workspaces-npm:" + UUID.randomUUID();
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
  void workspacesWithAnInstallScriptBuildFromAnotherFolderAndAnswerOnPort(@TempDir Path dir)
      throws Exception {
    Path app = ConvertedApps.copyApp(FIXTURE, dir.resolve("app"));
    // Left in a developer's checkout; the ignore file must keep both out of the image.
    Files.writeString(app.resolve(".env"), "LOCAL_ONLY=1\n");
    Files.createDirectories(app.resolve("packages/web/node_modules"));
    Files.writeString(app.resolve("packages/web/node_modules/host-built.txt"), "from the host\n");
    Path out = dir.resolve("docker");

    CliRun convert = CliRun.of("convert", "--output", out.toString(), "--image-map",
        IMAGE_MAP.toString(), "--extra-ca", ConvertedApps.CA_BUNDLE.toString(), app.toString());

    assertEquals(0, convert.exitCode(), convert.err());
    assertTrue(Files.isRegularFile(out.resolve("Dockerfile.dockerignore")), "ignore file beside -f");
    assertFalse(Files.exists(out.resolve(".dockerignore")), "a .dockerignore there is never read");
    assertFalse(Files.exists(app.resolve("Dockerfile")), "nothing written into the app");
    String compose = Files.readString(out.resolve("compose.yaml"));
    assertTrue(compose.contains("context: \"../app\"") || compose.contains("context: ../app"),
        compose);
    String dockerfile = Files.readString(out.resolve("Dockerfile"));
    Matcher resolved = Pattern.compile("(?m)^FROM " + Pattern.quote(TestImages.NODE_REPOSITORY)
        + "([0-9.]+)(?:-[a-z]+)? AS build$").matcher(dockerfile);
    assertTrue(resolved.find(), dockerfile);
    String nodeVersion = resolved.group(1);
    TestImages.requireBaseOf(docker, dockerfile);

    ConvertedApps.build(app, out.resolve("Dockerfile"), TAG);

    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(TAG).withEnv("PORT", "8080").withPublishedPort(8080))) {
      int port = web.hostPort(8080).orElseThrow();
      HttpResponse<String> answer =
          ConvertedApps.answerOrLogs(web, "http://127.0.0.1:" + port + "/");
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals("hello from a workspace package; postinstall read config/source.txt; node v"
          + nodeVersion + "\n", answer.body());
      assertEquals(1, web.exec(null, ConvertedApps.BOUND, "test", "-e", "/app/.env").exitCode(),
          ".env is in the image");
      assertEquals(1, web.exec(null, ConvertedApps.BOUND, "test", "-e",
          "/app/packages/web/node_modules/host-built.txt").exitCode(),
          "a workspace's node_modules from the host is in the image");
    }
  }
}
