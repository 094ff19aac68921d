package dev.unbuildpack.survey;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.unbuildpack.detect.Detector;
import dev.unbuildpack.detect.Detectors;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A portfolio built from the repository's fixtures: every scenario app of every registered
 * ecosystem (fixtures/ID/*, so an ecosystem's fixtures join as soon as its detector is
 * registered), plus broken entries and a monorepo with a nested app.
 */
public final class TestPortfolio {
  /** Entries made broken on purpose, relative to the portfolio. */
  static final String FIFO_PROCFILE = "broken/fifo-procfile";
  static final String FIFO_APP = "broken/fifo-app";
  static final String LINK_OUTSIDE = "broken/link-outside";
  static final String MONOREPO_WEB = "monorepo/services/web";
  static final String MONOREPO_ADMIN = "monorepo/services/web/admin";

  private TestPortfolio() {}

  /** The fixture apps of every registered ecosystem, by ecosystem. */
  static List<Path> fixtureApps() {
    List<Path> apps = new ArrayList<>();
    for (Detector detector : Detectors.all()) {
      Path root = Golden.projectDir().resolve("fixtures").resolve(detector.id());
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> dirs = Files.list(root)) {
        dirs.filter(Files::isDirectory).sorted().forEach(apps::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return apps;
  }

  /** Builds the portfolio in {@code dir}/portfolio; {@code dir}/outside holds the link's target. */
  static Path build(Path dir) throws IOException, InterruptedException {
    Path portfolio = dir.resolve("portfolio");
    for (Path app : fixtureApps()) {
      copy(app, portfolio.resolve(app.getParent().getFileName()).resolve(app.getFileName()));
    }
    Path express = Golden.projectDir().resolve("fixtures/node/express-npm");
    // An unreadable file: the Procfile is a FIFO, which detection must refuse, not block on.
    Path fifoApp = portfolio.resolve(FIFO_PROCFILE);
    Files.createDirectories(fifoApp);
    Files.copy(express.resolve("package.json"), fifoApp.resolve("package.json"));
    mkfifo(fifoApp.resolve("Procfile"));
    // Where an app could be: a FIFO, and a link to an app outside the portfolio.
    mkfifo(portfolio.resolve(FIFO_APP));
    Path outside = dir.resolve("outside/app");
    copy(express, outside);
    Files.createSymbolicLink(portfolio.resolve(LINK_OUTSIDE), outside);
    // A monorepo: an app in a subfolder, and another app nested in it.
    copy(express, portfolio.resolve(MONOREPO_WEB));
    copy(Golden.projectDir().resolve("fixtures/node/yarn1"), portfolio.resolve(MONOREPO_ADMIN));
    return portfolio;
  }

  static void mkfifo(Path path) throws IOException, InterruptedException {
    Files.createDirectories(path.getParent());
    assumeTrue(new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0,
        "mkfifo is needed to make a FIFO");
  }

  /** Copies an app, links as links, without its expected/ goldens. */
  public static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path relative = from.relativize(file);
        if (relative.startsWith("expected")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(file, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
