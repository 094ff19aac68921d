package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.image.elf.DynamicObjects;
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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code unbuildpack verify} for real, on the Node fixture express-npm with a native object that
 * needs libpq.so.5 (listed in an Aptfile, so the conversion installs libpq5).
 *
 * <p>Image A comes from a slug made the way Heroku's Node.js buildpack lays out /app, as a
 * stand-in for {@code heroku slugs:download} ({@link NodeSlugs}: node and npm in
 * /app/.heroku/node, production node_modules, .profile.d/nodejs.sh, ./app tarred). The stack
 * is the bookworm stand-in for heroku/heroku:24 with libpq5 installed ({@link StackStandIn}).
 * The B builds share BuildKit's cache, so each Dockerfile is built once per engine. Every image
 * a run tags is named with this run's nonce (several runs may share one engine) and removed
 * afterwards; the containers verify starts are unnamed and removed by verify itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VerifyEndToEndTest {
  private static final Path FIXTURE = Golden.projectDir().resolve("fixtures/node/express-npm");
  private static final Path IMAGE_MAP = Golden.projectDir().resolve(".ci/standins/image-map.txt");
  private static final String NONCE = UUID.randomUUID().toString();
  private static final String SENTINEL = "sentinel-" + UUID.randomUUID();

  /** Every image tag this run gave verify, removed after the class. */
  private final List<String> tags = new java.util.concurrent.CopyOnWriteArrayList<>();

  private DockerClient docker;
  private Path app;
  private Path slug;
  private String stack;
  @TempDir Path work;

  @BeforeAll
  void makeTheAppTheSlugAndTheStack(@TempDir Path dir) throws IOException {
    docker = TestImages.connect(TestImages.NODE, TestImages.NODE_BOOKWORM, TestImages.BASE);
    app = ConvertedApps.copyApp(FIXTURE, dir.resolve("app"));
    Files.createDirectories(app.resolve("native"));
    Files.write(app.resolve("native/pq.node"),
        DynamicObjects.x8664(List.of("libpq.so.5", "libc.so.6"), "pq.node"));
    Files.writeString(app.resolve("Aptfile"), "libpq5\n");
    stack = StackStandIn.image(docker, List.of("libpq5"));
    slug = NodeSlugs.build(docker, app, TestImages.NODE_BOOKWORM, dir.resolve("slug.tar.gz"));
  }

  @AfterAll
  void removeTheImages() {
    TestImages.release(docker, tags.toArray(String[]::new));
  }

  @Test
  void aSlugOnTheStackAndAFreshConversionPassAndSoDoesTheImageItBecame() throws IOException {
    String tagA = tag("a");
    CliRun run = verify("--slug", slug.toString(), "--stack", stack, "--reference-tag", tagA);

    JsonNode report = Json.mapper().readTree(run.out());
    assertEquals(0, run.exitCode(), run.err() + run.out());
    assertEquals("pass", report.path("verdict").asText());
    assertEquals("slug", report.path("mode").asText());
    assertEquals("answered", report.at("/runs/a/0/outcome").asText(), run.out());
    assertEquals("answered", report.at("/runs/b/0/outcome").asText(), run.out());
    assertEquals("running", report.at("/runs/b/1/outcome").asText(), "worker");
    assertEquals(0, report.at("/diff/summary/byCategory/missing-library").asInt(), run.out());

    // The image the slug became is now an existing reference: --buildpack-image takes it as is.
    CliRun again = verify("--buildpack-image", tagA);

    JsonNode second = Json.mapper().readTree(again.out());
    assertEquals(0, again.exitCode(), again.err() + again.out());
    assertEquals("buildpack-image", second.path("mode").asText());
    assertEquals("running", second.at("/runs/a/1/outcome").asText(), "A's worker, dyno-started");
  }

  @Test
  void aNativeLibraryRemovedFromBsDockerfileFailsNamingTheLibraryAndItsPackage()
      throws IOException {
    Path dockerfile = convertedWithoutLibpq();

    CliRun run = verify("--dockerfile", dockerfile.toString(),
        "--slug", slug.toString(), "--stack", stack, "--reference-tag", tag("a"));

    JsonNode report = Json.mapper().readTree(run.out());
    assertEquals(1, run.exitCode(), run.err());
    JsonNode missing = category(report, "missing-library");
    assertEquals("fail", missing.path("level").asText());
    assertTrue(missing.path("notes").get(0).asText().contains("libpq.so.5"), missing.toString());
    assertTrue(missing.path("notes").get(0).asText().contains("deb:libpq5"), missing.toString());
  }

  @Test
  void withoutAReferenceBIsCheckedAgainstTheStackBaseline() throws IOException {
    Path dockerfile = convertedWithoutLibpq();

    CliRun run = verify("--dockerfile", dockerfile.toString());

    JsonNode report = Json.mapper().readTree(run.out());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("stack-baseline", report.path("mode").asText());
    assertEquals("libpq.so.5", report.at("/stackGaps/0/library").asText(), run.out());
    assertTrue(report.at("/stackGaps/0/detail").asText().contains("libpq5"), run.out());
    assertEquals("fail", category(report, "missing-library").path("level").asText());
    assertEquals("pass", category(report, "web").path("level").asText(), run.out());
  }

  @Test
  void aWebProcessNotListeningOnPortFailsAndTheBuildSecretLeaksNowhere() throws IOException {
    Path other = ConvertedApps.copyApp(app, work.resolve("deaf"));
    Files.writeString(other.resolve("Procfile"), "web: node -e \"require('http')"
        + ".createServer((q, s) => s.end('x')).listen(3999)\"\nworker: node worker.js\n");
    Path out = work.resolve("deaf-conversion");
    assertEquals(0, CliRun.of("convert", other.toString(), "--output", out.toString(),
        "--image-map", IMAGE_MAP.toString(), "--extra-ca",
        ConvertedApps.CA_BUNDLE.toString()).exitCode());
    // A step that reads the secret and, carelessly, prints it to the build log; the nonce keeps
    // BuildKit from answering it from the cache of an earlier run, which would print nothing.
    Path dockerfile = out.resolve("Dockerfile");
    Files.writeString(dockerfile, Files.readString(dockerfile)
        + "RUN --mount=type=secret,id=SENTINEL,uid=1000 cat /run/secrets/SENTINEL && echo "
        + java.util.UUID.randomUUID() + "\n");
    Path secret = work.resolve("sentinel.txt");
    Files.writeString(secret, SENTINEL);
    Path html = work.resolve("report.html");
    String tagB = tag("b");

    CliRun run = CliRun.of("verify", other.toString(), "--dockerfile", dockerfile.toString(),
        "--secret", "SENTINEL=file:" + secret, "--extra-ca", ConvertedApps.CA_BUNDLE.toString(),
        "--tag", tagB, "--timeout", "20s", "--format", "html", "--output", html.toString());

    assertEquals(1, run.exitCode(), run.err());
    String report = Files.readString(html);
    assertTrue(report.contains("did not answer within the timeout"), report);
    for (String text : List.of(run.out(), run.err(), report)) {
      assertFalse(text.contains(SENTINEL), "the secret's value was shown");
    }
    assertTrue(run.err().contains("[hidden SENTINEL]"), "the build printed it, masked");
    assertTrue(SavedImage.found(docker, tagB, List.of(SENTINEL)).isEmpty(),
        "the secret's value is in a layer, the config or the history of B");
  }

  private CliRun verify(String... more) {
    List<String> args = new ArrayList<>(List.of("verify", app.toString(),
        "--image-map", IMAGE_MAP.toString(), "--extra-ca", ConvertedApps.CA_BUNDLE.toString(),
        "--tag", tag("b"), "--timeout", "60s", "--format", "json"));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  /** A tag no other run uses, for image A or B; removed after the class. */
  private String tag(String image) {
    String tag = "unbuildpack-test/verify-" + image + "-" + NONCE + ":" + tags.size();
    tags.add(tag);
    return tag;
  }

  private static JsonNode category(JsonNode report, String id) {
    for (JsonNode category : report.path("categories")) {
      if (category.path("id").asText().equals(id)) {
        return category;
      }
    }
    throw new AssertionError("no category " + id + " in " + report);
  }

  /** The fresh conversion with libpq5 no longer installed in the run stage. */
  private Path convertedWithoutLibpq() throws IOException {
    Path out = work.resolve("conversion-" + UUID.randomUUID());
    CliRun convert = CliRun.of("convert", app.toString(), "--output", out.toString(),
        "--image-map", IMAGE_MAP.toString(), "--extra-ca", ConvertedApps.CA_BUNDLE.toString());
    assertEquals(0, convert.exitCode(), convert.err());
    String dockerfile = Files.readString(out.resolve("Dockerfile"));
    int runtime = dockerfile.indexOf(" AS runtime");
    String stripped = dockerfile.substring(0, runtime) + dockerfile.substring(runtime)
        .replaceFirst("RUN apt-get update \\\\\n[^\n]*\n\\s+libpq5 \\\\\n[^\n]*\n", "");
    assertTrue(stripped.length() < dockerfile.length(), "removed the run stage's libpq5");
    Files.writeString(out.resolve("Dockerfile"), stripped);
    return out.resolve("Dockerfile");
  }
}
