package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.testing.Golden;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole promise for a PHP app: convert writes a Dockerfile, BuildKit builds it on the PHP
 * stand-in (Debian's PHP laid out as the official php:&lt;v&gt;-fpm image, whose
 * docker-php-ext-install installs Debian's build of the extension; Packagist is unreachable, so
 * the app's one package comes from a path repository in the app), Composer installs it, and
 * the image serves the Procfile's {@code heroku-php-apache2 public/} on $PORT: Apache and
 * PHP-FPM both as the unprivileged user the Dockerfile creates, the page answering with the
 * package's text and a sum only the ext-bcmath the app requires can compute.
 */
class PhpAppEndToEndTest {
  private static final Path PROJECT = Golden.projectDir();
  private static final Path FIXTURE = PROJECT.resolve("fixtures/php/apache-built");
  private static final String TAG = "unbuildpack-test/e2e-php-apache-built:" + UUID.randomUUID();
  private static final String GREETING = "hello from a path package " + UUID.randomUUID();
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
  void convertedAppInstallsItsPackageAndExtensionAndServesHttpAsTheCreatedUser(
      @TempDir Path dir) throws Exception {
    Path app = ConvertedApps.copyApp(FIXTURE, dir.resolve("app"));
    // The text comes from this run, so the answer can only come from the package Composer
    // installed out of the app's path repository.
    Files.writeString(app.resolve("packages/greeting/src/Greeting.php"), """
        <?php

        namespace Acme\\Greeting;

        final class Greeting
        {
            public static function text(): string
            {
                return '%s';
            }
        }
        """.formatted(GREETING));
    String dockerfile = ConvertedApps.convert(app);
    assertTrue(dockerfile.contains("docker-php-ext-install -j\"$(nproc)\" bcmath"),
        "ext-bcmath is installed by the Dockerfile:\n" + dockerfile);
    TestImages.requireBaseOf(docker, dockerfile);
    ConvertedApps.build(app, app.resolve("Dockerfile"), TAG);

    try (RunningContainer web = new ContainerRun(docker)
        .start(ContainerSpec.of(TAG).withEnv("PORT", "8080").withPublishedPort(8080))) {
      String base = "http://127.0.0.1:" + web.hostPort(8080).orElseThrow();
      HttpResponse<String> answer = ConvertedApps.answerOrLogs(web, base + "/");
      assertEquals(200, answer.statusCode(), answer.body());
      assertEquals(GREETING + " 3.75", answer.body(),
          "the package's text, then bcadd('1.5', '2.25', 2) from ext-bcmath");
      assertEquals(403, Http.getWhenReady(base + "/composer.json", ConvertedApps.BOUND)
          .statusCode(), "composer.json is denied as heroku-php-apache2 denies it");
      // Apache is the container's main process; PHP-FPM's master and workers are its siblings.
      for (String server : List.of("apache2", "php-fpm")) {
        String owners = web.exec(null, ConvertedApps.BOUND, "bash", "-c",
            "for p in /proc/[0-9]*; do case $(tr '\\0' ' ' < $p/cmdline 2>/dev/null) in "
                + server + "*) stat -c %u $p;; esac; done | sort -u").stdout();
        assertEquals("1000\n", owners, server + " runs as uid 1000 only");
      }
      assertEquals("1000\n", web.exec(null, ConvertedApps.BOUND, "id", "-u").stdout());
      assertEquals(0, web.exec(null, ConvertedApps.BOUND, "php", "-r",
          "exit(extension_loaded('bcmath') ? 0 : 1);").exitCode(), "ext-bcmath is loaded");
      assertEquals(0, web.exec(null, ConvertedApps.BOUND, "test", "-f",
          "/app/vendor/acme/greeting/src/Greeting.php").exitCode(),
          "Composer installed the package into vendor/");
    }
  }
}
