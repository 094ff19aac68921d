package dev.unbuildpack.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The end-to-end build of a Node.js + Python fixture app: Node.js copied into Python's image. */
final class MultiBuildpackApps {
  private static final Path IMAGE_MAP = Golden.projectDir().resolve(".ci/standins/image-map.txt");
  private static final Pattern COPIED_NODE =
      Pattern.compile("(?m)^COPY --from=(\\S+) /usr/local/bin/node ");

  private MultiBuildpackApps() {}

  /**
   * Converts a copy of {@code fixture} in {@code app} with the stand-ins' image map, requires the
   * image its build stage starts from and the one Node.js is copied from (a missing stand-in
   * skips, or under -Pdocker fails, with its name), and builds it as {@code tag}.
   */
  static void convertAndBuild(DockerClient docker, Path fixture, Path app, String tag)
      throws IOException {
    ConvertedApps.copyApp(fixture, app);
    CliRun convert = CliRun.of("convert", "--image-map", IMAGE_MAP.toString(), app.toString());
    assertEquals(0, convert.exitCode(), convert.err());
    String dockerfile = Files.readString(app.resolve("Dockerfile"));
    TestImages.requireBaseOf(docker, dockerfile);
    Matcher copied = COPIED_NODE.matcher(dockerfile);
    assertTrue(copied.find(), dockerfile);
    TestImages.require(docker, copied.group(1));
    ConvertedApps.build(app, app.resolve("Dockerfile"), tag);
  }
}
