package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.unbuildpack.model.DebianRelease;
import dev.unbuildpack.rules.DataFolder;
import dev.unbuildpack.rules.ImageReleases;
import dev.unbuildpack.rules.node.ReleaseList;
import dev.unbuildpack.rules.node.Releases;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rules update} against a local stand-in for the npm registry. */
class RulesUpdateCommandTest {
  @TempDir Path data;
  private HttpServer registry;
  private boolean brokenPnpm;

  @BeforeEach
  void start() throws IOException {
    registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    registry.createContext("/", exchange -> {
      String name = exchange.getRequestURI().getRawPath().substring(1).replace("%2F", "/");
      String body = name.equals("library/node") ? NODE_LIBRARY
          : brokenPnpm && name.equals("pnpm") ? "{\"versions\":{}}"
          : "{\"dist-tags\":{\"latest\":\"5.1.0\"},\"versions\":{\"5.1.0\":{},\"5.0.0\":{},"
              + "\"4.9.9\":{},\"6.0.0-rc.1\":{}}}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    });
    registry.start();
  }

  @AfterEach
  void stop() {
    registry.stop(0);
  }

  /** A library/node of official-images: 24.30.0 on trixie (both tags), on bookworm full only. */
  private static final String NODE_LIBRARY = """
      Maintainers: The Node.js Docker Team

      Tags: 24, 24-trixie, 24.30.0, 24.30.0-trixie, lts
      Directory: 24/trixie

      Tags: 24-trixie-slim, 24.30.0-trixie-slim
      Directory: 24/trixie-slim

      Tags: 24-bookworm, 24.30.0-bookworm
      Directory: 24/bookworm
      """;

  private String url() {
    return "http://127.0.0.1:" + registry.getAddress().getPort() + "/";
  }

  private CliRun update() {
    return CliRun.of("rules", "update", "--data-dir", data.toString(), "--registry", url(),
        "--official-images", url() + "library/");
  }

  @Test
  void addsTheImageTagsOfTheLibraryFileToTheImageListWhichDetectionThenPrefers() {
    CliRun run = update();
    assertEquals(0, run.exitCode(), run.err());
    ImageReleases node = ImageReleases.preferring("node", data).orElseThrow();
    assertEquals(DataFolder.today().toString(), node.date());
    assertEquals(Set.of(DebianRelease.TRIXIE), node.availability("24.30.0").releases(),
        "bookworm lacks the slim tag");
    // The shipped history stays: the library file names only the current versions.
    assertEquals(Set.of(DebianRelease.BOOKWORM), node.availability("18.20.8").releases());
    assertTrue(run.out().contains("node image"), run.out());
  }

  @Test
  void writesEveryListDatedAndValidIntoTheDataFolderWhichDetectionThenPrefers() {
    CliRun run = update();
    assertEquals(0, run.exitCode(), run.err());
    for (ReleaseList.Tool tool : ReleaseList.Tool.values()) {
      assertTrue(Files.isRegularFile(Releases.file(data, tool)), tool.toString());
    }
    ReleaseList npm = Releases.preferring(data).of(ReleaseList.Tool.NPM);
    assertEquals("5.1.0", npm.latest());
    assertEquals(DataFolder.today().toString(), npm.date());
    assertTrue(npm.source().doc().endsWith("/npm"), npm.source().toString());
    // Node.js keeps the shipped inventory's older versions; the mirror's are added.
    ReleaseList node = Releases.preferring(data).node();
    assertTrue(node.versions().stream().anyMatch(v -> v.getVersion().equals("5.1.0")));
    assertTrue(node.versions().stream().anyMatch(v -> v.getVersion().equals("0.8.6")));
    assertTrue(run.out().contains("@yarnpkg/cli-dist"), run.out());
  }

  @Test
  void anInvalidListWritesNothingAndExitsWithEnvironment() {
    brokenPnpm = true;
    CliRun run = update();
    assertEquals(4, run.exitCode(), run.out() + run.err());
    assertTrue(run.err().contains("pnpm"), run.err());
    assertFalse(Files.exists(data.resolve("rules")), "nothing written");
  }

  @Test
  void anUnreachableRegistryExitsWithEnvironmentAndWritesNothing() {
    registry.stop(0);
    CliRun run = update();
    assertEquals(4, run.exitCode(), run.out() + run.err());
    assertFalse(Files.exists(data.resolve("rules")));
  }

  @Test
  void aRegistryThatIsNoHttpUrlIsAUsageError() {
    for (String registry : List.of("not a url", "file:///etc/")) {
      CliRun run = CliRun.of("rules", "update", "--data-dir", data.toString(), "--registry",
          registry);
      assertEquals(2, run.exitCode(), run.out() + run.err());
      assertFalse(run.err().contains("bug"), run.err());
    }
  }
}
