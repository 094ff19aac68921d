package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.testing.Golden;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Django app with a Node.js front-end build, built for real: app.json lists heroku/nodejs then
 * heroku/python, npm's build writes a script into the folder Django collects static files from,
 * collectstatic gathers it into STATIC_ROOT (so it fails to find it unless the Node.js steps ran
 * first), and gunicorn, installed by pip from the Python stand-in's wheelhouse, serves a page
 * with the collected script and the script itself (through whitenoise) on $PORT as the created
 * user.
 */
class DjangoNodeEndToEndTest {
  private static final Path FIXTURE =
      Golden.projectDir().resolve("fixtures/multi/django-node-built");
  private static final String TAG = "unbuildpack-test/e2e-django-node:" + UUID.randomUUID();
  private static final String BUILT = "// built by node v24.";
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
  void collectstaticGathersWhatNpmBuiltAndGunicornServesItOnPort(@TempDir Path dir)
      throws Exception {
    MultiBuildpackApps.convertAndBuild(docker, FIXTURE, dir.resolve("app"), TAG);

    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(TAG).withEnv("PORT", "8080").withPublishedPort(8080))) {
      String base = "http://127.0.0.1:" + web.hostPort(8080).orElseThrow();
      HttpResponse<String> page = ConvertedApps.answerOrLogs(web, base + "/");
      assertEquals(200, page.statusCode(), page.body());
      assertTrue(page.body().startsWith("<script src=\"/static/app.js\"></script>\n" + BUILT),
          page.body());
      HttpResponse<String> script = ConvertedApps.answerOrLogs(web, base + "/static/app.js");
      assertEquals(200, script.statusCode(), script.body());
      assertTrue(script.body().startsWith(BUILT), script.body());
      assertEquals("1000\n", web.exec(null, ConvertedApps.BOUND, "id", "-u").stdout());
    }
  }
}
