package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.List;
import java.util.stream.Stream;

/** What the end-to-end tests do with a fixture app: copy it, build its conversion, call it. */
final class ConvertedApps {
  static final Path CA_BUNDLE = Path.of("/etc/ssl/certs/ca-certificates.crt");
  static final Duration BOUND = Duration.ofSeconds(90);
  /** The map from the official images' names to the local stand-ins .ci/docker-engine.sh builds. */
  static final Path IMAGE_MAP = Golden.projectDir().resolve(".ci/standins/image-map.txt");

  private ConvertedApps() {}

  /** A copy of the fixture app without its expected outputs, which are not part of the app. */
  static Path copyApp(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.filter(p -> !from.relativize(p).startsWith("expected")).forEach(p -> {
        try {
          Files.copy(p, to.resolve(from.relativize(p).toString()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return to;
  }

  /**
   * Runs {@code convert --image-map IMAGE_MAP [options] app} as a user would, asserts that it
   * succeeded, and returns the Dockerfile it wrote into the app.
   */
  static String convert(Path app, String... options) throws IOException {
    List<String> args = new ArrayList<>(List.of("convert", "--image-map", IMAGE_MAP.toString()));
    args.addAll(List.of(options));
    args.add(app.toString());
    CliRun convert = CliRun.of(args.toArray(String[]::new));
    assertEquals(0, convert.exitCode(), convert.err());
    return Files.readString(app.resolve("Dockerfile"));
  }

  /**
   * Builds {@code dockerfile} with {@code context} through BuildKit (Debian's docker client),
   * with the host's CA bundle as secret "extra-ca" (the registry is reached through a
   * TLS-intercepting proxy); fails with the build's last output.
   */
  static void build(Path context, Path dockerfile, String tag) {
    List<String> progress = new ArrayList<>();
    BuildKitRequest request = new BuildKitRequest(context, dockerfile, tag,
        List.of(new SecretSource.FromFile("extra-ca", CA_BUNDLE)), Duration.ofMinutes(15));
    try {
      new BuildKitBuild(DockerCli.at(DockerCli.DEBIAN_CLIENT)).build(request, progress::add);
    } catch (RuntimeException e) {
      throw new AssertionError("build failed; last output:\n" + tail(progress, 60), e);
    }
  }

  /** The first HTTP answer from {@code url}, or a failure with the container's output. */
  static HttpResponse<String> answerOrLogs(RunningContainer web, String url)
      throws InterruptedException {
    try {
      return Http.getWhenReady(url, BOUND);
    } catch (AssertionError e) {
      ContainerOutput logs = web.logs(BOUND);
      throw new AssertionError(e.getMessage() + "; container output:\n" + logs.stdout()
          + logs.stderr(), e);
    }
  }

  /** The answer to GET / of the image's own command, started with PORT=8080 as a dyno would. */
  static HttpResponse<String> webAnswer(DockerClient docker, String tag) throws Exception {
    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(tag).withEnv("PORT", "8080").withPublishedPort(8080))) {
      int port = web.hostPort(8080).orElseThrow();
      return answerOrLogs(web, "http://127.0.0.1:" + port + "/");
    }
  }

  private static String tail(List<String> lines, int count) {
    return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
  }
}
