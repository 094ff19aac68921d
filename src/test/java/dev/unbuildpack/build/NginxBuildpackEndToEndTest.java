package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * An app that lists heroku-community/nginx and starts with bin/start-nginx-static, a script only
 * the buildpack supplies: the converted image renders config/nginx.conf.erb and serves the
 * build's static files on $PORT (rule HEROKU-BUILDPACK-NGINX).
 */
class NginxBuildpackEndToEndTest {
  private static final Path FIXTURE =
      Golden.projectDir().resolve("fixtures/node/buildpacks-nginx-static");
  private static final String TAG = "unbuildpack-test/e2e-nginx-static:" + UUID.randomUUID();
  private static DockerClient docker;

  @BeforeAll
  static void engine() {
    docker = TestImages.connect(TestImages.NODE);
  }

  @AfterAll
  static void removeImage() {
    TestImages.release(docker, TAG);
  }

  @Test
  void theStaticSiteIsServedByNginxOnPort(@TempDir Path dir) throws Exception {
    NodeAppEndToEndTest.convertAndBuild(FIXTURE, dir.resolve("app"), TAG);

    HttpResponse<String> answer = ConvertedApps.webAnswer(docker, TAG);
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("<h1>static</h1>\n", answer.body());
  }
}
