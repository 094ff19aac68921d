package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.image.Inventories;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LinkedObject;
import dev.unbuildpack.testing.Golden;
import dev.unbuildpack.verify.reference.ReferenceImage;
import dev.unbuildpack.verify.reference.SlugImage;
import dev.unbuildpack.verify.reference.SlugImageRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image A from a slug, for real: the express-npm fixture built into a slug the way the Node.js
 * buildpack lays out /app ({@link NodeSlugs}), laid with Jib on the stand-in stack image
 * ({@link StackStandIn}) and loaded into the engine, then run as a dyno would run it.
 */
class SlugImageEngineTest {
  /** Unique per run: several runs may share one engine. */
  private static final String IMAGE =
      "unbuildpack-test/slug-a:express-npm-" + java.util.UUID.randomUUID();
  private static final Path APP = Golden.projectDir().resolve("fixtures/node/express-npm");

  @TempDir static Path temp;
  private static DockerClient docker;
  private static ReferenceImage image;
  private static final List<String> progress = new ArrayList<>();

  @BeforeAll
  static void buildImageA() {
    docker = TestImages.connect(TestImages.BASE, TestImages.NODE_BOOKWORM);
    String stack = StackStandIn.image(docker, List.of());
    Path slug =
        NodeSlugs.build(docker, APP, TestImages.NODE_BOOKWORM, temp.resolve("slug.tar.gz"));
    image = SlugImage.build(new SlugImageRequest(slug, stack, IMAGE, null,
        DockerCli.DEBIAN_CLIENT, null, progress::add));
  }

  @AfterAll
  static void removeImageA() {
    TestImages.release(docker, IMAGE);
  }

  @Test
  void theWebProcessAnswersOnPort() throws Exception {
    assertEquals(IMAGE, image.image());
    ContainerSpec web = ContainerSpec.of(IMAGE).withEnv("PORT", "5100").withPublishedPort(5100);
    try (RunningContainer container = new ContainerRun(docker).start(web)) {
      int port = container.hostPort(5100).orElseThrow();
      HttpResponse<String> answer =
          ConvertedApps.answerOrLogs(container, "http://127.0.0.1:" + port + "/");
      assertEquals(200, answer.statusCode());
      assertEquals("Hello from express-npm\n", answer.body());
    }
  }

  @Test
  void profileScriptsRunFirstAsTheDynoUserWithHomeApp() {
    ContainerOutput out = new ContainerRun(docker).run(new ContainerSpec(IMAGE,
        List.of("echo \"$(id -u) $HOME $PWD $NODE_HOME $NODE_ENV $(command -v node)\""),
        null, java.util.Map.of(), List.of()), Duration.ofSeconds(60));
    assertEquals(0, out.exitCode(), out.stderr());
    assertEquals("1000 /app /app /app/.heroku/node production /app/.heroku/node/bin/node",
        out.stdout().strip());
  }

  @Test
  void nodeFromTheSlugLinksAgainstTheStacksLibraries() {
    Inventory inventory = Inventories.read(IMAGE);
    LinkedObject node = inventory.linkage().stream()
        .filter(o -> o.path().equals("/app/.heroku/node/bin/node")).findFirst().orElseThrow();
    assertTrue(node.needed().contains("libc.so.6"), node.needed().toString());
    assertEquals(List.of(), node.unresolved());
  }
}
