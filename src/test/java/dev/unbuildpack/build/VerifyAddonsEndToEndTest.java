package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unbuildpack verify} on an app whose app.json lists Heroku Postgres and Heroku Redis
 * (src/test/resources/verify/addons-app): its web process answers 200 only when it can open a
 * TCP connection to the host and port of DATABASE_URL and of REDIS_URL, 503 otherwise. verify
 * starts the stand-ins compose.yaml names (mapped by .ci/standins/image-map.txt to the Debian
 * builds of .ci/standins/addons/build.sh) on a network of its own, for image A and image B.
 * Tags carry this run's nonce and are removed afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyAddonsEndToEndTest {
  private static final Path FIXTURE =
      Golden.projectDir().resolve("src/test/resources/verify/addons-app");
  private static final Path IMAGE_MAP = Golden.projectDir().resolve(".ci/standins/image-map.txt");
  private static final String POSTGRES = "unbuildpack-test/postgres-standin:17-trixie";
  private static final String REDIS = "unbuildpack-test/redis-standin:7-bookworm";
  private static final String NONCE = UUID.randomUUID().toString();

  private final List<String> tags = new CopyOnWriteArrayList<>();
  private DockerClient docker;
  private Path app;

  @BeforeAll
  void copyTheApp(@TempDir Path dir) throws IOException {
    docker = TestImages.connect(TestImages.NODE, POSTGRES, REDIS);
    app = ConvertedApps.copyApp(FIXTURE, dir.resolve("addons-probe"));
  }

  @AfterAll
  void removeTheImages() {
    TestImages.release(docker, tags.toArray(String[]::new));
  }

  @Test
  void bothImagesReachTheAddOnsStandInsThroughTheUrlsHerokuWouldSet() throws IOException {
    String tagB = tag("b");
    CliRun alone = verify(tagB);

    JsonNode first = Json.mapper().readTree(alone.out());
    assertEquals(0, alone.exitCode(), alone.err() + alone.out());
    assertEquals(200, first.at("/runs/b/0/status").asInt(), alone.out());
    assertTrue(alone.err().contains("as postgres for DATABASE_URL"), alone.err());
    assertTrue(alone.err().contains("as redis for REDIS_URL"), alone.err());

    // The image B became is image A now: both runs need the stand-ins.
    CliRun both = verify(tag("b"), "--buildpack-image", tagB);

    JsonNode second = Json.mapper().readTree(both.out());
    assertEquals(0, both.exitCode(), both.err() + both.out());
    assertEquals(200, second.at("/runs/a/0/status").asInt(), both.out());
    assertEquals(200, second.at("/runs/b/0/status").asInt(), both.out());
  }

  @Test
  void aUrlFromTheEnvFileWinsOverTheStandInAndTheAppCannotReachIt(@TempDir Path dir)
      throws IOException {
    Path envFile = dir.resolve("env");
    Files.writeString(envFile, "DATABASE_URL=postgres://postgres@nowhere.invalid:5432/x\n");

    CliRun run = verify(tag("b"), "--env-file", envFile.toString());

    JsonNode report = Json.mapper().readTree(run.out());
    assertEquals(1, run.exitCode(), run.err() + run.out());
    assertEquals(503, report.at("/runs/b/0/status").asInt(), run.out());
    assertTrue(run.err().contains("as redis for REDIS_URL"), run.err());
    assertTrue(!run.err().contains("for DATABASE_URL"), "no postgres stand-in: " + run.err());
  }

  private CliRun verify(String tagB, String... more) {
    List<String> args = new ArrayList<>(List.of("verify", app.toString(),
        "--image-map", IMAGE_MAP.toString(), "--extra-ca", ConvertedApps.CA_BUNDLE.toString(),
        "--tag", tagB, "--timeout", "60s", "--grace", "1s", "--format", "json"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  private String tag(String image) {
    String tag = "unbuildpack-test/verify-addons-" + image + "-" + NONCE + ":" + tags.size();
    tags.add(tag);
    return tag;
  }
}
