package dev.unbuildpack.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed manifests stop detection with exit code 3, file:line:column and a fix. */
class MalformedInputTest {
  @TempDir Path dir;

  private BadInputException failure(TempApp app) {
    return assertThrows(BadInputException.class, app::detect);
  }

  @Test
  void aTrailingCommaInPackageJsonPointsAtItsLineAndColumn() {
    BadInputException e = failure(new TempApp(dir, "a")
        .file("package.json", "{\n  \"name\": \"a\",\n  \"dependencies\": {\"ms\": \"1\",}\n}\n"));
    assertEquals("package.json is not valid JSON", e.title());
    assertEquals("package.json:3:30", e.location().orElseThrow().toString());
    assertEquals(3, e.exitCode());
    assertEquals(List.of("Fix the JSON at that position (no trailing commas, no comments);"
        + " 'npm pkg get name' reports the same error."), e.fixes());
  }

  @Test
  void aMalformedAppJsonIsBadInputToo() {
    BadInputException e = failure(new TempApp(dir, "b").file("package.json", "{}")
        .file("app.json", "{\"env\": {\"A\": }}"));
    assertEquals("app.json is not valid JSON", e.title());
    assertEquals("app.json:1:15", e.location().orElseThrow().toString());
  }

  @Test
  void aMalformedPackageLockIsBadInput() {
    BadInputException e = failure(new TempApp(dir, "c").file("package.json", "{}")
        .file("package-lock.json", "{\n  \"lockfileVersion\": 3,\n  \"packages\": {\n"));
    assertEquals("package-lock.json is not valid JSON", e.title());
    assertEquals("Regenerate it with 'npm install --package-lock-only' and commit it.",
        e.fixes().get(0));
  }

  @Test
  void aMalformedYarnrcIsBadInputWithItsLine() {
    BadInputException e = failure(new TempApp(dir, "d").file("package.json", "{}")
        .file(".yarnrc.yml", "nodeLinker: node-modules\nnpmScopes:\n  - a: [\n"));
    assertEquals(".yarnrc.yml is not valid YAML", e.title());
    assertEquals(".yarnrc.yml", e.location().orElseThrow().file());
  }

  @Test
  void theCliExitsWith3AndWritesNothing() throws IOException {
    TempApp app = new TempApp(dir, "e").file("package.json", "{\"name\": ");
    List<Path> before = listing(app.root());
    CliRun run = CliRun.of("detect", app.root().toString());
    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: package.json is not valid JSON\n  in package.json:1:"),
        run.err());
    assertTrue(!run.err().contains("at dev.unbuildpack"), "no stack trace without --debug");
    assertEquals(before, listing(app.root()));
  }

  @Test
  void anAppWithoutPackageJsonIsNotDetected() {
    BadInputException e = failure(new TempApp(dir, "f").file("README.md", "hello\n"));
    assertEquals("No supported ecosystem found in the app", e.title());
    assertEquals("Looked for: " + everyMarker() + ".", e.why().orElseThrow());
  }

  private static List<Path> listing(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.sorted().toList();
    }
  }

  @Test
  void aPackageJsonLinkedFromOutsideTheAppIsNotFollowed() throws IOException {
    Path outside = Files.writeString(dir.resolve("package.json"), "{\"name\": \"elsewhere\"}");
    Path app = Files.createDirectories(dir.resolve("linked"));
    Files.createSymbolicLink(app.resolve("package.json"), outside);
    BadInputException e = assertThrows(BadInputException.class,
        () -> RuleEngine.builtIn().detect(dev.unbuildpack.app.AppDir.open(app)));
    assertEquals("Looked for: " + everyMarker() + ". Not followed, as they point outside the app:"
        + " package.json.", e.why().orElseThrow());
  }

  /** Every registered detector with the files it looks for, as the message lists them. */
  private static String everyMarker() {
    return String.join(", ", dev.unbuildpack.detect.Detectors.all().stream()
        .map(d -> d.id() + " (" + String.join(", ", d.markers()) + ")").toList());
  }
}
