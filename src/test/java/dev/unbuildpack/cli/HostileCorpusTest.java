package dev.unbuildpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.unbuildpack.common.ExitCode;
import dev.unbuildpack.dockerfile.DockerfileParser;
import dev.unbuildpack.dockerfile.Instruction;
import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the hostile corpus: every folder under fixtures/hostile/ with a case.toml is one command
 * line run in-process against a copy of that folder (fixtures/hostile/README.md documents the
 * format). Besides the case's own expectations (exit code, message fragments), every case must
 * keep the promises the tool makes for any input: no stack trace, never exit 4 and never "this is
 * a bug" for input, nothing written outside the output folder, no secret marker in any output,
 * no injected Dockerfile instruction, and an answer within the time limit.
 */
class HostileCorpusTest {
  private static final Path CORPUS = Golden.projectDir().resolve("fixtures/hostile");
  /** The issue's bound: no input takes longer than this to refuse. */
  private static final Duration TIME_LIMIT = Duration.ofSeconds(10);
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Caused by: "
      + "|Exception in thread|^\\s*\\.\\.\\. \\d+ more");
  /** Every line break a Dockerfile, YAML or shell reader might honour. */
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> hostileCorpus() throws IOException {
    List<Path> cases;
    try (Stream<Path> files = Files.walk(CORPUS)) {
      cases = files.filter(p -> p.getFileName().toString().equals("case.toml")).sorted().toList();
    }
    assertFalse(cases.isEmpty(), "no case.toml under " + CORPUS);
    return cases.stream().map(file -> {
      String name = CORPUS.relativize(file.getParent()).toString();
      return DynamicTest.dynamicTest(name, () -> {
        try {
          run(file.getParent());
        } catch (AssertionError e) {
          // Reports name dynamic tests by number; the message names the case.
          throw new AssertionError(name + ": " + e.getMessage(), e);
        }
      });
    });
  }

  private void run(Path source) throws Exception {
    JsonNode spec = new TomlMapper().readTree(source.resolve("case.toml").toFile());
    Path root = Files.createDirectories(temp.resolve(source.getFileName().toString()));
    if (spec.has("from")) {
      copy(CORPUS.resolve(spec.path("from").asText()), root);
    }
    copy(source, root);
    make(spec.path("make"), root);
    Path out = root.resolve("out");
    Map<String, String> places = Map.of("{case}", root.toString(), "{out}", out.toString(),
        "{app}", root.resolve(spec.path("app").asText("app")).toString());
    String[] args = strings(spec.path("args")).stream().map(a -> expand(a, places))
        .toArray(String[]::new);
    Path writes = Path.of(expand(spec.path("writes").asText("{out}"), places));
    Path cwd = Path.of("").toAbsolutePath();

    Map<Path, String> before = snapshot(root);
    List<String> cwdBefore = listing(cwd);
    List<String> cwdAfter;
    Map<String, String> unchangedBefore = new TreeMap<>();
    for (String path : strings(spec.path("unchanged"))) {
      unchangedBefore.put(path, digest(Path.of(expand(path, places))));
    }

    CliRun result;
    try {
      result = withinTimeLimit(args, root);
    } finally {
      cwdAfter = listing(cwd);
      removeNewFiles(cwd, cwdBefore);
    }
    String shown = "exit " + result.exitCode() + "\n--- stdout\n" + result.out() + "--- stderr\n"
        + result.err();

    // The tool's promises for any input.
    assertNotEquals(ExitCode.ENVIRONMENT, result.exitCode(), "input reported as environment\n"
        + shown);
    assertFalse(result.err().toLowerCase().contains("this is a bug"), shown);
    assertFalse(STACK_FRAME.matcher(result.err()).find(), "stack trace on stderr\n" + shown);
    Map<Path, String> after = snapshot(root);
    List<Path> written = new ArrayList<>();
    after.forEach((path, digest) -> {
      if (!digest.equals(before.get(path))) {
        written.add(path);
      }
    });
    for (Path path : written) {
      assertTrue(path.startsWith(writes), "wrote " + path + " outside " + writes + "\n" + shown);
    }
    before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(p ->
        fail("deleted " + p + "\n" + shown));
    assertEquals(cwdBefore, cwdAfter, "wrote into the working directory\n" + shown);
    List<String> outputs = new ArrayList<>(List.of(result.out(), result.err()));
    for (Path path : written) {
      if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        outputs.add(Files.readString(path, StandardCharsets.ISO_8859_1));
      }
    }
    for (String secret : strings(spec.path("secrets"))) {
      for (String output : outputs) {
        assertFalse(output.contains(secret), "secret " + secret + " in an output\n" + shown);
      }
    }
    String injected = spec.path("injected").asText("");
    if (!injected.isEmpty()) {
      for (String output : outputs) {
        noInjectedLine(output, injected, shown);
      }
      for (Path path : written) {
        if (path.getFileName().toString().equals("Dockerfile")) {
          noInjectedInstruction(Files.readString(path), injected, shown);
        }
      }
    }

    // The case's own expectations.
    JsonNode exit = spec.path("exit");
    List<Integer> allowed = new ArrayList<>();
    (exit.isArray() ? exit : List.of(exit)).forEach(code -> allowed.add(code.asInt()));
    assertTrue(allowed.contains(result.exitCode()), "exit " + allowed + " expected\n" + shown);
    for (String fragment : strings(spec.path("stderr"))) {
      assertTrue(result.err().contains(expand(fragment, places)),
          "stderr lacks '" + fragment + "'\n" + shown);
    }
    for (String fragment : strings(spec.path("stdout"))) {
      assertTrue(result.out().contains(expand(fragment, places)),
          "stdout lacks '" + fragment + "'\n" + shown);
    }
    if (result.exitCode() == ExitCode.USAGE || result.exitCode() == ExitCode.BAD_INPUT) {
      assertEquals("", result.out(), "a refused input prints nothing on stdout\n" + shown);
    }
    for (Map.Entry<String, String> file : unchangedBefore.entrySet()) {
      assertEquals(file.getValue(), digest(Path.of(expand(file.getKey(), places))),
          file.getKey() + " changed\n" + shown);
    }
    for (String path : strings(spec.path("absent"))) {
      assertFalse(Files.exists(Path.of(expand(path, places)), LinkOption.NOFOLLOW_LINKS),
          path + " was written\n" + shown);
    }
  }

  /**
   * Runs the command line on another thread; a hang fails the case. A FIFO the command may be
   * blocked on is then opened for writing and closed, so that it sees the end; a command still
   * running after that (a regular expression backtracking, a device read without end) is stopped,
   * so that it does not take the CPU and memory of the cases after it.
   */
  @SuppressWarnings("deprecation") // Thread.stop: the only way to end a runaway computation
  private CliRun withinTimeLimit(String[] args, Path root) throws Exception {
    Thread[] thread = new Thread[1];
    ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
      thread[0] = new Thread(task, "hostile-case");
      thread[0].setDaemon(true);
      return thread[0];
    });
    try {
      Future<CliRun> run = runner.submit(() -> CliRun.of(args));
      try {
        return run.get(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        releaseFifos(root);
        run.cancel(true);
        thread[0].join(2000);
        if (thread[0].isAlive()) {
          thread[0].stop();
          thread[0].join(10_000);
        }
        throw new AssertionError("no answer within " + TIME_LIMIT.toSeconds() + " s: "
            + String.join(" ", args));
      } catch (ExecutionException e) {
        throw new AssertionError("the command line threw " + e.getCause(), e.getCause());
      }
    } finally {
      runner.shutdownNow();
    }
  }

  private static void releaseFifos(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path path : files.toList()) {
        if (!Files.isRegularFile(path) && !Files.isDirectory(path) && Files.exists(path)) {
          try (OutputStream writer = Files.newOutputStream(path)) {
            writer.flush();
          }
        }
      }
    }
  }

  /** Files a failing case wrote into the working directory are removed, to keep it clean. */
  private static void removeNewFiles(Path cwd, List<String> before) throws IOException {
    for (String name : listing(cwd)) {
      Path path = cwd.resolve(name);
      if (!before.contains(name) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(path);
      }
    }
  }

  /** A line that starts with the injected text is an instruction, a YAML key or a command. */
  private static void noInjectedLine(String output, String injected, String shown) {
    for (String line : LINE_BREAK.split(output)) {
      assertFalse(line.strip().startsWith(injected),
          "injected line '" + line + "'\n" + shown);
    }
  }

  /** The Dockerfile as Docker reads it: no instruction may be (or run) the injected text. */
  private static void noInjectedInstruction(String dockerfile, String injected, String shown) {
    for (Instruction instruction : DockerfileParser.parse("Dockerfile", dockerfile)
        .instructions()) {
      String whole = instruction.keyword() + " " + instruction.arguments();
      assertFalse(whole.startsWith(injected) || instruction.arguments().startsWith(injected),
          "injected instruction at line " + instruction.line() + ": " + whole + "\n" + shown);
    }
  }

  /** Inputs made at test time: special files, huge files, archives (never committed). */
  private static void make(JsonNode make, Path root) throws IOException, InterruptedException {
    for (String fifo : strings(make.path("fifo"))) {
      Path path = root.resolve(fifo);
      Files.createDirectories(path.getParent());
      Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
      assertEquals(0, mkfifo.waitFor(), "mkfifo " + path);
    }
    for (var sparse : iterable(make.path("sparse"))) {
      Path path = root.resolve(sparse.getKey());
      Files.createDirectories(path.getParent());
      try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
        file.setLength(sparse.getValue().asLong());
      }
    }
    for (String dir : strings(make.path("dir"))) {
      Files.createDirectories(root.resolve(dir));
    }
    for (var tar : iterable(make.path("tar"))) {
      tar(root.resolve(tar.getValue().asText()), root.resolve(tar.getKey()));
    }
    for (var gzip : iterable(make.path("gzip"))) {
      Path from = root.resolve(gzip.getValue().asText());
      try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(root.resolve(
          gzip.getKey())))) {
        Files.copy(from, out);
      }
    }
    for (var rename : iterable(make.path("rename"))) {
      Files.move(root.resolve(rename.getKey()), root.resolve(rename.getValue().asText()));
    }
  }

  /** Packs a folder into a tar, members named relative to it, in sorted order. */
  private static void tar(Path dir, Path target) throws IOException {
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(target));
        Stream<Path> files = Files.walk(dir)) {
      out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        TarArchiveEntry entry = new TarArchiveEntry(file.toFile(),
            dir.relativize(file).toString().replace('\\', '/'));
        entry.setModTime(FileTime.fromMillis(0));
        out.putArchiveEntry(entry);
        Files.copy(file, out);
        out.closeArchiveEntry();
      }
    }
  }

  /** Copies a case folder; a case made {@code from} another one overrides its files. */
  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** Every regular file under root with a digest of its content; special files by kind. */
  private static Map<Path, String> snapshot(Path root) throws IOException {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.toList()) {
        files.put(path, digest(path));
      }
    }
    return files;
  }

  /** Content of a small regular file, size of a big one; kind for anything else. */
  private static String digest(Path path) throws IOException {
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return "dir";
    }
    if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      return Files.exists(path, LinkOption.NOFOLLOW_LINKS) ? "special" : "absent";
    }
    long size = Files.size(path);
    if (size > (1 << 20)) {
      return "size " + size + " modified " + Files.getLastModifiedTime(path);
    }
    return new String(Files.readAllBytes(path), StandardCharsets.ISO_8859_1);
  }

  private static List<String> listing(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static String expand(String text, Map<String, String> places) {
    String expanded = text;
    for (Map.Entry<String, String> place : places.entrySet()) {
      expanded = expanded.replace(place.getKey(), place.getValue());
    }
    return expanded;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode table) {
    return table::fields;
  }
}
