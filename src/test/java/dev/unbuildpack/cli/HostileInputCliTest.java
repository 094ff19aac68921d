package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs on the real command line: each is refused quickly with a clear message and the
 * right exit code (3 for input, 2 for the command line), never a crash, a hang or "this is a bug".
 */
class HostileInputCliTest {
  @TempDir static Path shared;
  @TempDir Path tmp;
  private Path app;

  @BeforeEach
  void nodeApp() throws IOException {
    app = Files.createDirectories(tmp.resolve("app"));
    Files.writeString(app.resolve("package.json"), "{\"name\": \"a\", \"version\": \"1.0.0\"}\n");
  }

  /** Where each kind of file argument goes on a command line. */
  static Stream<Arguments> fileOptions() {
    return Stream.of(
        Arguments.of("check --detection", (Placement) (app, f) -> List.of("check", app, "--detection", f)),
        Arguments.of("check --dockerfile", (Placement) (app, f) -> List.of("check", app, "--dockerfile", f)),
        Arguments.of("convert --image-map", (Placement) (app, f) -> List.of("convert", app, "--dry-run", "--image-map", f)),
        Arguments.of("convert --extra-ca", (Placement) (app, f) -> List.of("convert", app, "--dry-run", "--extra-ca", f)),
        Arguments.of("diff inventory:FILE", (Placement) (app, f) -> List.of("diff", "inventory:" + f, "inventory:" + f)),
        Arguments.of("inventory docker-archive:FILE", (Placement) (app, f) -> List.of("inventory", "docker-archive:" + f)));
  }

  @FunctionalInterface
  interface Placement {
    List<String> args(String app, String file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileOptions")
  void aFifoIsRefusedAtOnce(String name, Placement placement) throws Exception {
    Path fifo = tmp.resolve("fifo");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> run(placement.args(app.toString(), fifo.toString())));
    assertRefused(run, 3, "FIFO");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileOptions")
  void devZeroIsRefusedAtOnce(String name, Placement placement) {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> run(placement.args(app.toString(), "/dev/zero")));
    assertRefused(run, 3, "character device");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fileOptions")
  void aThreeGibFileIsRefusedBeforeReading(String name, Placement placement) throws Exception {
    Path big = sparse(tmp.resolve("big"), 3L << 30);
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> run(placement.args(app.toString(), big.toString())));
    assertEquals(3, run.exitCode(), run.err());
    assertNoBug(run);
  }

  @Test
  void aHugeAppFileIsRefusedNamingTheLimit() throws Exception {
    sparse(app.resolve("package-lock.json"), 3L << 30);
    CliRun run = CliRun.of("detect", app.toString());
    assertRefused(run, 3, "larger than the limit for an app file");
    assertTrue(run.err().contains("the limit for an app file is 32 MiB"), run.err());
  }

  @Test
  void aFifoInTheAppIsRefused() throws Exception {
    Path fifo = app.resolve("Procfile");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> CliRun.of("detect", app.toString()));
    assertRefused(run, 3, "FIFO");
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "42", "{\"runtime\": []}"})
  void aDetectionOfTheWrongShapeIsBadInput(String json) throws IOException {
    Path detection = Files.writeString(tmp.resolve("d.json"), json);
    CliRun run = CliRun.of("check", app.toString(), "--detection", detection.toString());
    assertRefused(run, 3, "d.json");
    assertFalse(run.err().contains("Cannot invoke"), "no Java wording: " + run.err());
  }

  @Test
  void anEmptyInventoryFileNameIsAUsageError() {
    CliRun run = CliRun.of("diff", "inventory:", "inventory:");
    assertRefused(run, 2, "Nothing follows 'inventory:'");
  }

  @Test
  void aNullInsideASavedInventoryListIsBadInputNamingItsPath() throws IOException {
    Path saved = Files.writeString(tmp.resolve("i.json"), "{\"config\": {\"env\": [null]},"
        + " \"layers\": [], \"packages\": [], \"runtimes\": [], \"libraries\": [],"
        + " \"linkage\": []}");
    CliRun run = CliRun.of("diff", "inventory:" + saved, "inventory:" + saved);
    assertRefused(run, 3, "(at config.env[0])");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"addons\": {\"a\": 1}}", "{\"env\": []}", "{\"buildpacks\": \"x\"}",
      "{\"formation\": [1]}"})
  void aWronglyTypedAppJsonIsBadInputNamingTheKey(String json) throws IOException {
    Files.writeString(app.resolve("app.json"), json);
    for (String command : List.of("detect", "convert")) {
      CliRun run = command.equals("detect") ? CliRun.of("detect", app.toString())
          : CliRun.of("convert", app.toString(), "--dry-run");
      assertRefused(run, 3, "app.json has a value of the wrong type at /");
    }
  }

  @Test
  void anEnginesNodeVersionThatOverflowsIsAFindingNotACrash() throws IOException {
    Files.writeString(app.resolve("package.json"),
        "{\"name\": \"a\", \"engines\": {\"node\": \"99999999999999999999.0.0\"}}");
    CliRun run = CliRun.of("convert", app.toString(), "--dry-run");
    assertEquals(3, run.exitCode(), run.err());
    assertNoBug(run);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a$b", "", " ", "docker:", "http://example.com/x", "UPPER/Case:tag",
      "a@sha256:xyz", "-x"})
  void aMalformedImageReferenceIsBadInputWithoutAskingTheEngine(String ref) {
    CliRun run = CliRun.of("inventory", "--", ref);
    assertTrue(run.exitCode() == 2 || run.exitCode() == 3, run.exitCode() + run.err());
    assertNoBug(run);
    assertTrue(run.err().contains("image reference"), run.err());
  }

  @Test
  void detectOnTheRootFolderIsNoCrash() {
    CliRun run = CliRun.of("detect", "/");
    assertNoBug(run);
    assertTrue(run.exitCode() == 0 || run.exitCode() == 3, run.exitCode() + run.err());
  }

  @ParameterizedTest
  @ValueSource(strings = {"convert", "check", "diff"})
  void anEmptyOutputIsAUsageError(String command) {
    List<String> args = new ArrayList<>(switch (command) {
      case "convert" -> List.of("convert", app.toString());
      case "check" -> List.of("check", app.toString());
      default -> List.of("diff", "inventory:a.json", "inventory:b.json");
    });
    args.addAll(List.of("--output", ""));
    CliRun run = run(args);
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("the path is empty"), run.err());
  }

  private static CliRun run(List<String> args) {
    return CliRun.of(args.toArray(String[]::new));
  }

  private static Path sparse(Path file, long size) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
    return file;
  }

  private static void assertRefused(CliRun run, int code, String says) {
    assertEquals(code, run.exitCode(), run.err());
    assertTrue(run.err().contains(says), run.err());
    assertNoBug(run);
  }

  private static void assertNoBug(CliRun run) {
    assertFalse(run.err().contains("this is a bug") || run.err().contains("This is a bug"),
        run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace without --debug: " + run.err());
  }
}
