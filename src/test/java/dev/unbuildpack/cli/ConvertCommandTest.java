package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.generate.RuleDescriptions;
import dev.unbuildpack.model.Detection;
import dev.unbuildpack.model.Finding;
import dev.unbuildpack.model.Severity;
import dev.unbuildpack.testing.SampleDetections;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Drives the convert command through picocli with a hand-built detection. */
class ConvertCommandTest {
  private static final List<String> FILES =
      List.of("Dockerfile", ".dockerignore", "compose.yaml", "unbuildpack-report.md");

  @TempDir Path tmp;

  private CliRun convert(Detection detection, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ConvertCommand(app -> detection, RuleDescriptions.none()));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    cli.setExecutionExceptionHandler(new ErrorRenderer());
    cli.setExitCodeExceptionMapper(ErrorRenderer::exitCodeOf);
    cli.setParameterExceptionHandler(ErrorRenderer::renderUsageError);
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  private Path app() throws IOException {
    return Files.createDirectories(tmp.resolve("app"));
  }

  @Test
  void writesAllFourFilesIntoTheAppByDefault() throws IOException {
    Path app = app();
    CliRun run = convert(SampleDetections.expressNpm(), app.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("Wrote Dockerfile, .dockerignore, compose.yaml, unbuildpack-report.md to " + app
        + "\n", run.out());
    for (String name : FILES) {
      assertTrue(Files.isRegularFile(app.resolve(name)), name);
    }
    assertTrue(Files.readString(app.resolve("Dockerfile")).contains("FROM node:24.19.0-trixie AS build"));
  }

  @Test
  void refusesToOverwriteAndWritesNothingWithoutForce() throws IOException {
    Path app = app();
    Files.writeString(app.resolve("Dockerfile"), "FROM mine\n");
    CliRun run = convert(SampleDetections.expressNpm(), app.toString());
    assertEquals(3, run.exitCode());
    assertTrue(run.err().startsWith("error: Refusing to overwrite an existing file\n"), run.err());
    assertEquals("FROM mine\n", Files.readString(app.resolve("Dockerfile")));
    assertEquals(List.of("Dockerfile"), listing(app), "all or nothing");
    assertEquals("", run.out());
  }

  @Test
  void forceReplacesExistingFiles() throws IOException {
    Path app = app();
    Files.writeString(app.resolve("Dockerfile"), "FROM mine\n");
    CliRun run = convert(SampleDetections.expressNpm(), app.toString(), "--force");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(Files.readString(app.resolve("Dockerfile")).startsWith("# Dockerfile for"));
  }

  @Test
  void outputGoesWhereAsked() throws IOException {
    Path app = app();
    Path out = tmp.resolve("out/nested");
    assertEquals(0, convert(SampleDetections.expressNpm(), app.toString(), "--output", out.toString()).exitCode());
    // Elsewhere the ignore file is named after the Dockerfile: BuildKit reads it beside -f.
    assertEquals(List.of("Dockerfile", "Dockerfile.dockerignore", "compose.yaml",
        "unbuildpack-report.md"), listing(out));
    assertEquals(List.of(), listing(app));
  }

  @Test
  void dryRunPrintsEachFileUnderAHeaderAndWritesNothing() throws IOException {
    Path app = app();
    CliRun run = convert(SampleDetections.expressNpm(), app.toString(), "--dry-run");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("==> Dockerfile <==\n# Dockerfile for the Heroku Node.js app"), run.out());
    List<String> headers = run.out().lines().filter(l -> l.startsWith("==> ")).toList();
    assertEquals(FILES.stream().map(f -> "==> " + f + " <==").toList(), headers);
    assertEquals(List.of(), listing(app));
  }

  @Test
  void jsonSummaryListsFilesWithContentOnDryRunAndTheFindings() throws IOException {
    Path app = app();
    CliRun run = convert(SampleDetections.fullFeatured(), app.toString(), "--dry-run", "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode summary = Json.mapper().readTree(run.out());
    assertEquals("shop-api", summary.get("app").asText());
    assertFalse(summary.get("written").asBoolean());
    assertEquals(4, summary.get("files").size());
    assertEquals("Dockerfile", summary.get("files").get(0).get("name").asText());
    assertTrue(summary.get("files").get(0).get("content").asText().contains("FROM node:"));
    assertEquals("warning", summary.get("findings").get(0).get("severity").asText());
    assertEquals(List.of(), listing(app));
  }

  @Test
  void jsonSummaryAfterWritingGivesPathsNotContents() throws IOException {
    Path app = app();
    CliRun run = convert(SampleDetections.expressNpm(), app.toString(), "--format", "json");
    JsonNode file = Json.mapper().readTree(run.out()).get("files").get(0);
    assertEquals(app.resolve("Dockerfile").toString(), file.get("path").asText());
    assertFalse(file.has("content"));
  }

  @Test
  void warningsGoToStderrAndTheResultToStdout() throws IOException {
    CliRun run = convert(SampleDetections.fullFeatured(), app().toString(), "--dry-run");
    assertEquals("warning [NODE-NPMRC-LITERAL] .npmrc:3: .npmrc holds a literal auth token"
        + " ****(36 chars, sha256:1a2b3c4d); use ${NPM_TOKEN}\n", run.err());
  }

  @Test
  void whenTheBuildpackWouldFailNothingIsWrittenAndExitIs3() throws IOException {
    Path app = app();
    Detection failing = withFindings(List.of(new Finding(Severity.ERROR, "NODE-TWO-LOCKFILES",
        "package-lock.json and yarn.lock both exist; the buildpack refuses to guess", null, null)));
    CliRun run = convert(failing, app.toString());
    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
    assertEquals("""
        error [NODE-TWO-LOCKFILES] package-lock.json and yarn.lock both exist; the buildpack refuses to guess
        error: Cannot convert this app: 1 error above
          in %s
          An error means Heroku's buildpack would fail this build, or that an image built from it would be unsafe (a committed credential); nothing was written.
          Fix: Fix the errors listed above, then run 'unbuildpack convert' again.
        """.formatted(app), run.err());
    assertEquals(List.of(), listing(app));
    CliRun json = convert(failing, app.toString(), "--format", "json");
    assertEquals(3, json.exitCode());
    assertEquals(0, Json.mapper().readTree(json.out()).get("files").size());
  }

  @Test
  void aBadImageMapLineIsBadInputWithFileAndLine() throws IOException {
    Path map = Files.writeString(tmp.resolve("images.map"), "# mirrors\nnode:* mirror/node\n");
    CliRun run = convert(SampleDetections.expressNpm(), app().toString(), "--image-map", map.toString());
    assertEquals(3, run.exitCode());
    assertTrue(run.err().startsWith("error: The image map has an invalid line\n  in " + map + ":2\n"), run.err());
  }

  @Test
  void theImageMapRewritesTheBaseImages() throws IOException {
    Path map = Files.writeString(tmp.resolve("images.map"), "node:* = unbuildpack-test/node-standin:bookworm\n");
    CliRun run = convert(SampleDetections.expressNpm(), app().toString(), "--dry-run", "--image-map", map.toString());
    assertTrue(run.out().contains("FROM unbuildpack-test/node-standin:bookworm AS runtime\n"), run.out());
  }

  @Test
  void extraCaMustBeAPemFileAndItsContentNeverAppears() throws IOException {
    Path notPem = Files.writeString(tmp.resolve("ca.txt"), "hello\n");
    CliRun bad = convert(SampleDetections.expressNpm(), app().toString(), "--extra-ca", notPem.toString());
    assertEquals(3, bad.exitCode());
    assertTrue(bad.err().startsWith("error: The CA bundle holds no PEM certificate\n"), bad.err());
    String body = "MIIBszCCAVmgAwIBAgIUUNIQUEBODYOFTHECERTIFICATE";
    Path pem = Files.writeString(tmp.resolve("ca.pem"),
        "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
    CliRun run = convert(SampleDetections.expressNpm(), app().toString(), "--dry-run", "--extra-ca", pem.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("--mount=type=secret,id=extra-ca,required=true"), run.out());
    assertTrue(run.out().contains("--secret id=extra-ca,src=" + pem.toAbsolutePath()), run.out());
    assertFalse(run.out().contains(body));
  }

  @Test
  void aMissingAppIsBadInputAndAnUnknownFormatIsAUsageError() throws IOException {
    assertEquals(3, convert(SampleDetections.expressNpm(), tmp.resolve("nope").toString()).exitCode());
    assertEquals(2, convert(SampleDetections.expressNpm(), app().toString(), "--format", "xml").exitCode());
  }

  @Test
  void forceWithAFolderInTheWayOfALaterFileWritesNoneOfTheFour() throws IOException {
    Path app = app();
    Files.writeString(app.resolve("Dockerfile"), "FROM mine\n");
    Files.createDirectory(app.resolve("unbuildpack-report.md"));
    CliRun run = convert(SampleDetections.expressNpm(), app.toString(), "--force");
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().startsWith("error: Cannot write unbuildpack-report.md: a folder of that"
        + " name is in the way\n"), run.err());
    assertEquals("FROM mine\n", Files.readString(app.resolve("Dockerfile")));
    assertEquals(List.of("Dockerfile", "unbuildpack-report.md"), listing(app));
  }

  @Test
  void anEmptyOutputIsAUsageErrorNotTheCurrentFolder() throws IOException {
    Path app = app();
    CliRun run = convert(SampleDetections.expressNpm(), app.toString(), "--output", "");
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("--output"), run.err());
    assertEquals(List.of(), listing(app));
  }

  private static List<String> listing(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  private static Detection withFindings(List<Finding> findings) {
    return SampleDetections.withFindings(SampleDetections.expressNpm(), findings);
  }

  /** Fault: with --output elsewhere compose and the hint pointed at a folder with no sources. */
  @Test
  void outputElsewherePointsComposeAndTheBuildHintAtTheAppAndRenamesTheIgnoreFile()
      throws IOException {
    Path out = tmp.resolve("out");
    CliRun run = convert(SampleDetections.expressNpm(), app().toString(), "--output",
        out.toString());
    assertEquals(0, run.exitCode(), run.err());
    String relative = out.toAbsolutePath().relativize(app().toAbsolutePath()).toString();
    assertTrue(Files.isRegularFile(out.resolve("Dockerfile.dockerignore")));
    assertFalse(Files.exists(out.resolve(".dockerignore")));
    assertTrue(Files.readString(out.resolve("Dockerfile")).contains(
        "docker build -t express-npm -f Dockerfile " + relative + "\n"));
    String compose = Files.readString(out.resolve("compose.yaml"));
    assertTrue(compose.contains(relative), compose);
    assertTrue(compose.contains("dockerfile:"), compose);
  }
}
