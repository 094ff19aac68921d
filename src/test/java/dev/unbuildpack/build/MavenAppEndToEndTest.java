package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.generate.jib.JibMavenRenderer;
import dev.unbuildpack.testing.Golden;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Maven app both ways. convert writes the Dockerfile and, with --jib, the Jib plugin
 * configuration; BuildKit builds the Dockerfile on the JVM stand-ins (Maven and its plugins come
 * from Maven Central through the extra CA), and the container answers HTTP on $PORT as uid 1000.
 * Then the host's Maven runs Jib with the pasted configuration on the same stand-in, read from the
 * engine (docker://), into a tar, without a daemon doing the build; that image answers too, and
 * {@code unbuildpack diff} finds only the differences the README explains.
 */
class MavenAppEndToEndTest {
  private static final Path PROJECT = Golden.projectDir();
  private static final Path FIXTURE = PROJECT.resolve("fixtures/java/maven-http-built");
  private static final Path IMAGE_MAP = PROJECT.resolve(".ci/standins/image-map.txt");
  private static final String RUN = UUID.randomUUID().toString();
  private static final String DOCKERFILE_TAG = "unbuildpack-test/e2e-maven-dockerfile:" + RUN;
  private static final String JIB_TAG = "unbuildpack-test/e2e-maven-jib:" + RUN;
  private static DockerClient docker;

  @BeforeAll
  static void engine() {
    docker = TestImages.connect();
  }

  @AfterAll
  static void removeImages() {
    TestImages.release(docker, DOCKERFILE_TAG, JIB_TAG);
  }

  @Test
  void dockerfileAndJibBuildTheSameServingImage(@TempDir Path dir) throws Exception {
    Path app = ConvertedApps.copyApp(FIXTURE, dir.resolve("app"));
    CliRun convert = CliRun.of("convert", "--jib", "--image-map", IMAGE_MAP.toString(),
        "--extra-ca", ConvertedApps.CA_BUNDLE.toString(), app.toString());
    assertEquals(0, convert.exitCode(), convert.err());
    String dockerfile = Files.readString(app.resolve("Dockerfile"));
    TestImages.requireBaseOf(docker, dockerfile);
    String runtimeBase = runtimeBase(dockerfile);
    TestImages.require(docker, runtimeBase);

    ConvertedApps.build(app, app.resolve("Dockerfile"), DOCKERFILE_TAG);
    // The Dockerfile copies /app with --chown: the app may write there, as on Heroku.
    assertServes(DOCKERFILE_TAG, "ubuntu:ubuntu");

    Path jibApp = ConvertedApps.copyApp(FIXTURE, dir.resolve("jib"));
    pastePlugin(app.resolve(JibMavenRenderer.FILE), jibApp.resolve("pom.xml"));
    copyTree(app.resolve("jib-app"), jibApp.resolve("jib-app"));
    Path tar = jibBuildTar(jibApp, runtimeBase);
    try (InputStream in = Files.newInputStream(tar)) {
      docker.loadImageCmd(in).exec();
    }
    // Jib cannot set an owner on the files it adds (the README says so): root's, read-only to
    // the app's user.
    assertServes(JIB_TAG, "root:root");

    CliRun diff = CliRun.of("diff", "--format", "json", DOCKERFILE_TAG,
        "docker-archive:" + tar);
    assertEquals(0, diff.exitCode(), diff.err());
    JsonNode report = new ObjectMapper().readTree(diff.out());
    assertEquals(Map.of(), changes(report), "the same packages, runtime, environment,"
        + " entrypoint, command, user, working folder and ports:\n" + diff.out());
    assertEquals(List.of("jib-maven-plugin:" + jibVersion(app)), lastLayers(report, "B", 1),
        "Jib's layers are its own");
  }

  /** The runtime stage's FROM (the image map already rewrote it). */
  private static String runtimeBase(String dockerfile) {
    Matcher from = Pattern.compile("(?m)^FROM (\\S+) AS runtime$").matcher(dockerfile);
    assertTrue(from.find(), dockerfile);
    return from.group(1);
  }

  private void assertServes(String tag, String owner) throws Exception {
    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(tag).withEnv("PORT", "8080").withPublishedPort(8080))) {
      int port = web.hostPort(8080).orElseThrow();
      HttpResponse<String> answer =
          ConvertedApps.answerOrLogs(web, "http://127.0.0.1:" + port + "/");
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(answer.body().startsWith("hello from java 25"), tag + ": " + answer.body());
      assertEquals("1000\n", web.exec(null, ConvertedApps.BOUND, "id", "-u").stdout(), tag);
      assertEquals(owner + "\n", web.exec(null, ConvertedApps.BOUND, "stat", "-c", "%U:%G",
          "/app/target/app.jar").stdout(), tag);
      assertEquals(0, web.exec(null, ConvertedApps.BOUND, "test", "-r",
          "/app/.profile.d/heroku-jvm.sh").exitCode(), tag + ": the start-up script is there");
      assertEquals(1, web.exec(null, ConvertedApps.BOUND, "test", "-e", "/app/classes")
          .exitCode(), tag + ": nothing of Jib's own in /app");
    }
  }

  /** What a user does with jib-maven-plugin.xml: paste its plugin into pom.xml's plugins. */
  private static void pastePlugin(Path snippet, Path pom) throws Exception {
    String plugin = Files.readString(snippet);
    String text = Files.readString(pom);
    assertTrue(text.contains("<plugins>\n"), "the fixture's pom has a plugins element");
    Files.writeString(pom, text.replaceFirst("<plugins>\n",
        Matcher.quoteReplacement("<plugins>\n" + plugin)));
  }

  /**
   * The host's Maven runs the app's build and jib:buildTar; the base image is the stand-in the
   * image map named, read from the engine because no registry holds it. ~/.m2 is the host's,
   * so later runs download nothing.
   */
  private static Path jibBuildTar(Path app, String base) throws Exception {
    List<String> command = List.of("mvn", "-B", "-q", "-DskipTests", "clean", "package",
        "jib:buildTar",
        "-Djib.from.image=docker://" + base, "-Djib.to.image=" + JIB_TAG,
        "-Djib.dockerClient.executable=" + DockerCli.DEBIAN_CLIENT);
    Path log = app.resolveSibling("jib-build.log");
    Process mvn = new ProcessBuilder(command).directory(app.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!mvn.waitFor(15, TimeUnit.MINUTES)) {
      mvn.destroyForcibly();
      throw new AssertionError("jib:buildTar timed out");
    }
    assertEquals(0, mvn.exitValue(), "jib:buildTar failed:\n" + Files.readString(log));
    Path tar = app.resolve("target/jib-image.tar");
    assertTrue(Files.isRegularFile(tar), "Jib wrote " + tar);
    return tar;
  }

  private static void copyTree(Path from, Path to) throws Exception {
    if (!Files.exists(from)) {
      return;
    }
    try (var paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Category id to its changes, for the categories that have any, from diff's JSON. */
  private static Map<String, String> changes(JsonNode report) {
    Map<String, String> byCategory = new TreeMap<>();
    assertTrue(report.path("categories").size() > 10, report.toString());
    for (JsonNode category : report.path("categories")) {
      if (!category.path("changes").isEmpty()) {
        byCategory.put(category.path("id").asText(), category.path("changes").toString());
      }
    }
    return byCategory;
  }

  /** What created the last {@code count} layers of image A or B, from diff's JSON. */
  private static List<String> lastLayers(JsonNode report, String image, int count) {
    List<String> createdBy = new ArrayList<>();
    for (JsonNode layer : report.path("sizes").path("layers" + image)) {
      createdBy.add(layer.path("createdBy").asText());
    }
    return createdBy.subList(Math.max(0, createdBy.size() - count), createdBy.size());
  }

  /** The plugin version the written configuration names. */
  private static String jibVersion(Path app) throws Exception {
    Matcher version = Pattern.compile("<version>([^<]+)</version>")
        .matcher(Files.readString(app.resolve(JibMavenRenderer.FILE)));
    assertTrue(version.find());
    return version.group(1);
  }
}
