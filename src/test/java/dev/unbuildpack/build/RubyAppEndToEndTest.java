package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole promise for a Ruby app: convert writes a Dockerfile, BuildKit builds it on the Ruby
 * stand-in (Debian's Ruby; the pinned Bundler comes from the stand-in's offline gem source, as
 * RubyGems.org is unreachable here), the native-gem rule installs a compiler in the build stage,
 * bundle install takes the app's gems from its vendor/cache (rack, rackup and webrick, packed
 * from Debian's packages, and bcrypt's source gem, which this test copies out of the stand-in)
 * and compiles bcrypt, and the image serves the app through rackup on $PORT as the unprivileged
 * user the Dockerfile creates, with bcrypt's extension working in the runtime stage.
 */
class RubyAppEndToEndTest {
  private static final Path PROJECT = Golden.projectDir();
  private static final Path FIXTURE = PROJECT.resolve("fixtures/ruby/rack-built");
  /** The stand-in whose /opt/ruby-standin/gems holds the fixture's locked gems. */
  private static final String GEM_SOURCE = "unbuildpack-test/ruby-standin:trixie";
  private static final List<String> LOCKED_GEMS =
      List.of("bcrypt-3.1.20.gem", "rack-3.1.20.gem", "rackup-2.1.0.gem", "webrick-1.9.1.gem");
  private static final String TAG = "unbuildpack-test/e2e-ruby-rack-built:" + UUID.randomUUID();
  private static final String GREETING = "hello from rack " + UUID.randomUUID();
  private static DockerClient docker;

  @BeforeAll
  static void engine() {
    docker = TestImages.connect(GEM_SOURCE);
  }

  @AfterAll
  static void removeImage() {
    TestImages.release(docker, TAG);
  }

  @Test
  void convertedAppInstallsItsCachedGemsAndServesHttpAsTheCreatedUser(@TempDir Path dir)
      throws Exception {
    Path app = ConvertedApps.copyApp(FIXTURE, dir.resolve("app"));
    Files.writeString(app.resolve("GREETING.txt"), GREETING);
    assertEquals(LOCKED_GEMS, copyGems(app.resolve("vendor/cache")));
    String dockerfile = ConvertedApps.convert(app);
    assertTrue(dockerfile.contains("#   gcc [RUBY-NATIVE-C-EXTENSION]: gem bcrypt"),
        "the build stage installs a compiler for bcrypt:\n" + dockerfile);
    TestImages.requireBaseOf(docker, dockerfile);
    ConvertedApps.build(app, app.resolve("Dockerfile"), TAG);

    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(TAG).withEnv("PORT", "8080").withPublishedPort(8080))) {
      int port = web.hostPort(8080).orElseThrow();
      HttpResponse<String> answer =
          ConvertedApps.answerOrLogs(web, "http://127.0.0.1:" + port + "/");
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(GREETING, answer.body(), "the answer comes from the app's config.ru");
      assertEquals("verified", answer.headers().firstValue("x-bcrypt").orElse(""),
          "bcrypt's compiled extension hashes and checks a password");
      assertEquals("1000\n", web.exec(null, ConvertedApps.BOUND, "id", "-u").stdout());
      assertNotEquals("", web.exec(null, ConvertedApps.BOUND, "id", "-un").stdout().strip());
      String rack = web.exec(null, ConvertedApps.BOUND, "bundle", "exec", "ruby", "-e",
          "print Gem.loaded_specs.fetch('rack').full_gem_path").stdout();
      assertTrue(rack.endsWith("/gems/rack-3.1.20"), "rack is the locked release: " + rack);
      String extension = web.exec(null, ConvertedApps.BOUND, "bundle", "exec", "ruby", "-e",
          "require 'bcrypt'; print $LOADED_FEATURES.grep(/bcrypt_ext/).join").stdout();
      assertTrue(extension.startsWith("/app/") && extension.endsWith("bcrypt_ext.so"),
          "bcrypt's extension was compiled into the app's bundle: " + extension);
    }
  }

  /**
   * Copies the stand-in's packed gems into {@code cache}, as {@code bundle cache} would have
   * left them in the app; returns their names.
   */
  private static List<String> copyGems(Path cache) throws IOException {
    Files.createDirectories(cache);
    List<String> copied = new ArrayList<>();
    String container = docker.createContainerCmd(GEM_SOURCE).withCmd("true").exec().getId();
    try (InputStream archive = docker.copyArchiveFromContainerCmd(container,
            "/opt/ruby-standin/gems/.").exec();
        TarArchiveInputStream tar = new TarArchiveInputStream(archive)) {
      for (TarArchiveEntry entry = tar.getNextEntry(); entry != null;
          entry = tar.getNextEntry()) {
        String name = Path.of(entry.getName()).getFileName().toString();
        if (entry.isFile() && LOCKED_GEMS.contains(name)) {
          Files.copy(tar, cache.resolve(name));
          copied.add(name);
        }
      }
    } finally {
      docker.removeContainerCmd(container).withForce(true).exec();
    }
    copied.sort(null);
    return copied;
  }
}
