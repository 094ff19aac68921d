package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole promise for a Node app: convert writes a Dockerfile, BuildKit builds it (npm reaches
 * the registry only through a TLS-intercepting proxy, so the host's CA bundle goes in as the
 * build secret {@code extra-ca}), and the image serves HTTP on $PORT as a non-root user with the
 * CA bundle in none of its layers. Base images are the local stand-ins of .ci/standins.
 */
class NodeAppEndToEndTest {
  private static final Path PROJECT = Golden.projectDir();
  private static final Path FIXTURE = PROJECT.resolve("fixtures/node/express-npm");
  private static final Path IMAGE_MAP = PROJECT.resolve(".ci/standins/image-map.txt");
  private static final Path CA_BUNDLE = ConvertedApps.CA_BUNDLE;
  private static final Pattern PEM = Pattern.compile(
      "-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----", Pattern.DOTALL);
  private static final String TAG = "unbuildpack-test/e2e-express-npm:" + UUID.randomUUID();
  private static final Duration BOUND = ConvertedApps.BOUND;
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
  void convertedExpressAppBuildsAndServesHttpAsNonRootWithoutTheCaInItsLayers(@TempDir Path dir)
      throws Exception {
    Path app = convertAndBuild(FIXTURE, dir.resolve("app"), TAG);

    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(TAG).withEnv("PORT", "8080").withPublishedPort(8080))) {
      int port = web.hostPort(8080).orElseThrow();
      HttpResponse<String> answer = ConvertedApps.answerOrLogs(web, "http://127.0.0.1:" + port + "/");
      assertEquals(200, answer.statusCode(), answer.body());
      assertNotEquals("0\n", web.exec(null, BOUND, "id", "-u").stdout(), "runs as root");
    }
    String user = docker.inspectImageCmd(TAG).exec().getConfig().getUser();
    assertFalse(user == null || user.isBlank() || user.equals("root") || user.startsWith("0"),
        "image user: " + user);
    assertCaBundleInNoLayer(app);
  }

  /**
   * Copies a fixture app without its goldens, converts it with the stand-in images and the CA
   * secret, and builds it as {@code tag}; returns the copy.
   */
  static Path convertAndBuild(Path fixture, Path dir, String tag) throws IOException {
    Path app = ConvertedApps.copyApp(fixture, dir);
    CliRun convert = CliRun.of("convert", "--image-map", IMAGE_MAP.toString(),
        "--extra-ca", CA_BUNDLE.toString(), app.toString());
    assertEquals(0, convert.exitCode(), convert.err());
    ConvertedApps.build(app, app.resolve("Dockerfile"), tag);
    return app;
  }

  /**
   * The bundle as a whole must be in no layer, and neither may any certificate of it that the
   * base image does not already ship (the proxy's CA): a copy of the file or one appended to the
   * image's own bundle. The app's package.json, which the image does hold, proves the search
   * sees file contents at all.
   */
  private static void assertCaBundleInNoLayer(Path app) throws IOException {
    String bundle = Files.readString(CA_BUNDLE);
    String baseBundle = new ContainerRun(docker).run(
        ContainerSpec.asRoot(TestImages.NODE, "cat", CA_BUNDLE.toString()), BOUND).stdout();
    Set<String> extraCertificates = new HashSet<>(certificates(bundle));
    extraCertificates.removeAll(certificates(baseBundle));
    String control = Files.readString(app.resolve("package.json"));
    List<String> searched = new ArrayList<>(List.of(control, bundle));
    searched.addAll(extraCertificates);

    Set<String> found = SavedImage.found(docker, TAG, searched);

    assertTrue(found.contains(control), "the layer search does not see package.json");
    assertFalse(found.contains(bundle), "the CA bundle is in a layer");
    assertTrue(extraCertificates.stream().noneMatch(found::contains),
        "an extra CA certificate is in a layer");
  }

  private static Set<String> certificates(String pem) {
    Set<String> blocks = new HashSet<>();
    Matcher matcher = PEM.matcher(pem);
    while (matcher.find()) {
      blocks.add(matcher.group());
    }
    return blocks;
  }

}
