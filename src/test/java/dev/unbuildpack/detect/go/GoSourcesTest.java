package dev.unbuildpack.detect.go;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.app.AppDir;
import dev.unbuildpack.common.Location;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The main packages 'go list ./...' would report, found by reading the sources as text. */
class GoSourcesTest {
  @TempDir Path app;

  @Test
  void findsMainPackagesWhereDotDotDotLooks() throws IOException {
    write("go.mod", "module example.com/app\n");
    write("main.go", "// Command app.\npackage main\n\nfunc main() {}\n");
    write("cmd/worker/worker.go", "package main\nimport \"C\"\nfunc main() {}\n");
    write("cmd/worker/worker_test.go", "package main_test\n");
    write("internal/lib/lib.go", "package lib\n");
    write("tools/gen.go", "//go:build ignore\n\npackage main\n\nfunc main() {}\n");
    write("vendor/example.com/x/main.go", "package main\n");
    write("testdata/main.go", "package main\n");
    write("_scratch/main.go", "package main\n");
    write("nested/go.mod", "module example.com/nested\n");
    write("nested/main.go", "package main\n");
    GoSources sources = GoSources.read(AppDir.open(app));
    assertEquals(List.of(".", "cmd/worker"), sources.mainPackages());
    assertEquals(List.of(Location.of("cmd/worker/worker.go")), sources.cgoFiles());
  }

  private void write(String path, String text) throws IOException {
    Path file = app.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
