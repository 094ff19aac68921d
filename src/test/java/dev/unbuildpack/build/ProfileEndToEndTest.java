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
 * An app's .profile runs at container start as at dyno start (HEROKU-PROFILE): the fixture's
 * .profile exports GREETING=hi and its web process answers with $GREETING, so the answer "hi"
 * proves the image's command sourced it before starting the process.
 */
class ProfileEndToEndTest {
  private static final Path FIXTURE = Golden.projectDir().resolve("fixtures/node/profile-sourced");
  private static final String TAG = "unbuildpack-test/e2e-profile:" + UUID.randomUUID();
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
  void theWebProcessSeesWhatDotProfileExports(@TempDir Path dir) throws Exception {
    NodeAppEndToEndTest.convertAndBuild(FIXTURE, dir.resolve("app"), TAG);

    HttpResponse<String> answer = ConvertedApps.webAnswer(docker, TAG);
    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("hi", answer.body());
  }
}
