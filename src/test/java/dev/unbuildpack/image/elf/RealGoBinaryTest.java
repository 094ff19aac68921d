package dev.unbuildpack.image.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.RequiredTools;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Go build-info reader against binaries the real Go toolchain links (Debian's golang-go,
 * installed by .ci/install-go.sh), checked against what {@code go version -m} says of the same
 * file. The app needs a module from a registry and one replaced by a local folder; the registry is
 * a GOPROXY folder the test writes, so nothing is downloaded.
 */
class RealGoBinaryTest {
  @TempDir Path temp;
  private Path go;

  @BeforeEach
  void findGo() {
    go = goTool();
  }

  @Test
  void anUnstrippedBinaryReadsAsGoVersionDashMSaysWithReplacementsApplied() throws Exception {
    Path binary = build("app");
    GoBuildInfo info = read(binary);
    assertEquals(groundTruth(binary), info);
    assertEquals("example.com/app", info.mainModule());
    // Sorted by module path, as the linker writes them: greeting, replaced, then uuid.
    assertEquals(List.of(new GoBuildInfo.Module("./greeting", "(devel)"),
        new GoBuildInfo.Module("example.com/uuid", "v1.6.0")), info.deps());
    assertTrue(info.goVersion().startsWith("go1."), info.goVersion());
  }

  @Test
  void aStrippedBinaryStillHasItsBuildInfo() throws Exception {
    Path binary = build("app-stripped", "-ldflags=-s -w");
    assertEquals(groundTruth(binary), read(binary));
  }

  private static GoBuildInfo read(Path binary) throws IOException {
    try (FileChannel channel = FileChannel.open(binary)) {
      return ElfReader.read(channel).orElseThrow().goBuildInfo();
    }
  }

  /** Builds example.com/app offline into temp/NAME; extra arguments go to 'go build'. */
  private Path build(String name, String... flags) throws Exception {
    Path app = temp.resolve("src");
    write(app.resolve("go.mod"), """
        module example.com/app

        go 1.19

        require (
        \texample.com/greeting v1.4.2
        \texample.com/uuid v1.6.0
        )

        replace example.com/greeting => ./greeting
        """);
    write(app.resolve("main.go"), """
        package main

        import (
        \t"fmt"

        \t"example.com/greeting"
        \t"example.com/uuid"
        )

        func main() { fmt.Println(greeting.Hello(), uuid.New()) }
        """);
    write(app.resolve("greeting/go.mod"), "module example.com/greeting\n\ngo 1.19\n");
    write(app.resolve("greeting/greeting.go"),
        "package greeting\n\nfunc Hello() string { return \"hello\" }\n");
    moduleProxy("example.com/uuid", "v1.6.0",
        Map.of("uuid.go", "package uuid\n\nfunc New() string { return \"0000\" }\n"));
    List<String> command = new ArrayList<>(List.of(go.toString(), "build", "-o",
        temp.resolve(name).toString()));
    command.addAll(List.of(flags));
    command.add(".");
    run(app, command);
    return temp.resolve(name);
  }

  /** A GOPROXY folder holding one module version (the layout 'go help goproxy' describes). */
  private Path moduleProxy(String module, String version, Map<String, String> files)
      throws IOException {
    Path proxy = temp.resolve("proxy");
    Path versions = proxy.resolve(module).resolve("@v");
    String goMod = "module " + module + "\n\ngo 1.19\n";
    write(versions.resolve("list"), version + "\n");
    write(versions.resolve(version + ".info"), "{\"Version\":\"" + version + "\"}\n");
    write(versions.resolve(version + ".mod"), goMod);
    try (OutputStream out = Files.newOutputStream(versions.resolve(version + ".zip"));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      String prefix = module + "@" + version + "/";
      zip.putNextEntry(new ZipEntry(prefix + "go.mod"));
      zip.write(goMod.getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(prefix + file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
      }
    }
    return proxy;
  }

  /** What 'go version -m' prints, read with the same meaning: a "=>" line replaces its dep. */
  private GoBuildInfo groundTruth(Path binary) throws Exception {
    String output = run(temp, List.of(go.toString(), "version", "-m", binary.toString()));
    String goVersion = null;
    String path = null;
    String mod = null;
    List<GoBuildInfo.Module> deps = new ArrayList<>();
    for (String line : output.split("\n")) {
      String[] f = line.strip().split("\t");
      if (line.startsWith(binary + ": ")) {
        goVersion = line.substring(binary.toString().length() + 2).strip();
      } else if (f[0].equals("path")) {
        path = f[1];
      } else if (f[0].equals("mod")) {
        mod = f[2];
      } else if (f[0].equals("dep")) {
        deps.add(new GoBuildInfo.Module(f[1], f[2]));
      } else if (f[0].equals("=>")) {
        deps.set(deps.size() - 1, new GoBuildInfo.Module(f[1], f[2]));
      }
    }
    return new GoBuildInfo(goVersion, path, mod, deps);
  }

  private String run(Path dir, List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("GOPROXY", temp.resolve("proxy").toUri().toString());
    env.put("GOFLAGS", "-mod=mod");
    env.put("GOSUMDB", "off");
    env.put("GOCACHE", temp.resolve("cache").toString());
    env.put("GOPATH", temp.resolve("gopath").toString());
    env.put("GOTOOLCHAIN", "local");
    env.put("CGO_ENABLED", "0");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "go did not finish: " + command);
    assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
    return output;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  /** Debian's go, on PATH or where golang-go puts it; skipped or failed when there is none. */
  private static Path goTool() {
    List<Path> candidates = new ArrayList<>();
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty()) {
        candidates.add(Path.of(dir, "go"));
      }
    }
    candidates.add(Path.of("/usr/lib/go/bin/go"));
    for (Path candidate : candidates) {
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    RequiredTools.missing("no Go toolchain on PATH (run .ci/install-go.sh)",
        "unbuildpack.requireGo");
    return null;
  }
}
