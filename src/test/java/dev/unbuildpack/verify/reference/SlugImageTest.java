package dev.unbuildpack.verify.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.cloud.tools.jib.api.Containerizer;
import com.google.cloud.tools.jib.api.Jib;
import com.google.cloud.tools.jib.api.TarImage;
import com.google.cloud.tools.jib.api.buildplan.AbsoluteUnixPath;
import com.google.cloud.tools.jib.api.buildplan.FileEntriesLayer;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.image.Inventories;
import dev.unbuildpack.inventory.ImageConfig;
import dev.unbuildpack.inventory.Inventory;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A slug laid on a stack image, daemonless: the stack is a tar Jib makes, the result a tar read
 * back like any image. The engine test (SlugImageEngineTest) runs one.
 */
class SlugImageTest {
  @TempDir Path temp;

  private Path stack() throws Exception {
    Path release = Files.writeString(temp.resolve("os-release"), "ID=debian\n");
    Path tar = temp.resolve("stack.tar");
    Jib.fromScratch()
        .addEnvironmentVariable("PATH", "/usr/local/bin:/usr/bin:/bin")
        .addFileEntriesLayer(FileEntriesLayer.builder()
            .addEntry(release, AbsoluteUnixPath.get("/etc/os-release")).build())
        .containerize(Containerizer.to(TarImage.at(tar).named("stack-standin")));
    return tar;
  }

  private ReferenceImage build(Path slug, String webCommand) throws Exception {
    Path out = temp.resolve("a.tar");
    List<String> progress = new ArrayList<>();
    ReferenceImage image = SlugImage.build(new SlugImageRequest(slug,
        "docker-archive:" + stack(), "unbuildpack-test/slug-a:latest", out, null, webCommand,
        progress::add));
    assertTrue(progress.stream().anyMatch(line -> line.startsWith("Reading the slug")),
        progress.toString());
    return image;
  }

  @Test
  void theImageRunsTheProcfileWebProcessAsTheDynoUserInApp() throws Exception {
    ReferenceImage image = build(SlugFiles.nodeApp().write(temp.resolve("slug.tar.gz")), null);
    assertEquals(ReferenceImage.Origin.SLUG, image.origin());
    assertEquals("docker-archive:" + temp.resolve("a.tar"), image.image());
    ImageConfig config = Inventories.read(image.image()).config();
    assertEquals(List.of("/bin/bash", DynoEntrypoint.PATH), config.entrypoint());
    assertEquals(List.of("node server.js"), config.cmd());
    assertEquals("1000:1000", config.user());
    assertEquals("/app", config.workdir());
    assertTrue(config.env().containsAll(List.of("HOME=/app", "PORT=5000", "DYNO=web.1",
        "PATH=/usr/local/bin:/usr/bin:/bin")), config.env().toString());
  }

  @Test
  void theSlugsLinksAndTheEntrypointAreInTheImage() throws Exception {
    ReferenceImage image = build(SlugFiles.nodeApp().write(temp.resolve("slug.tar.gz")), null);
    List<TarArchiveEntry> entries = layerEntries(Path.of(image.image().substring(
        "docker-archive:".length())));
    TarArchiveEntry link = entries.stream()
        .filter(e -> e.getName().equals("app/node_modules/.bin/tool")).findFirst().orElseThrow();
    assertTrue(link.isSymbolicLink());
    assertEquals("../tool/cli.js", link.getLinkName());
    TarArchiveEntry start = entries.stream()
        .filter(e -> e.getName().equals(DynoEntrypoint.PATH.substring(1))).findFirst()
        .orElseThrow();
    assertEquals(0755, start.getMode() & 0777);
    assertTrue(entries.stream().anyMatch(e -> e.getName().equals("etc/os-release")),
        "the stack's layer is still there");
  }

  @Test
  void withoutAProcfileANodeSlugRunsNpmStartAndAGivenCommandWins() throws Exception {
    Path slug = new SlugFiles().file("app/package.json", "{}").write(temp.resolve("s.tar.gz"));
    Inventory inventory = Inventories.read(build(slug, null).image());
    assertEquals(List.of(SlugImage.NODE_DEFAULT_WEB), inventory.config().cmd());
    assertEquals(List.of("bin/web --fast"),
        Inventories.read(build(slug, "bin/web --fast").image()).config().cmd());
  }

  @Test
  void aSlugWithNoWebProcessHasNoCommand() throws Exception {
    Path slug = new SlugFiles().file("app/Procfile", "worker: bin/work\n")
        .write(temp.resolve("s.tar.gz"));
    ImageConfig config = Inventories.read(build(slug, null).image()).config();
    assertTrue(config.cmd() == null || config.cmd().isEmpty(), String.valueOf(config.cmd()));
  }

  @Test
  void aBadSlugFailsBeforeTheStackIsRead() {
    Path missingStack = temp.resolve("no-such-stack.tar");
    Path slug = new SlugFiles().symlink("app/etc", "/etc").write(temp.resolve("bad.tar.gz"));
    BadInputException e = assertThrows(BadInputException.class, () -> SlugImage.build(
        new SlugImageRequest(slug, "docker-archive:" + missingStack, "x:1", temp.resolve("o"),
            null, null, line -> { })));
    assertTrue(e.title().contains("slug"), e.title());
  }

  /** Every entry of every layer of a docker-archive tar (Jib's layers are gzip tars). */
  private static List<TarArchiveEntry> layerEntries(Path archive) throws IOException {
    List<TarArchiveEntry> found = new ArrayList<>();
    try (TarArchiveInputStream outer = new TarArchiveInputStream(Files.newInputStream(archive))) {
      for (TarArchiveEntry member = outer.getNextEntry(); member != null;
          member = outer.getNextEntry()) {
        if (!member.getName().endsWith(".tar.gz") && !member.getName().endsWith(".tar")) {
          continue;
        }
        InputStream layer = new BufferedInputStream(outer);
        layer.mark(2);
        boolean gzip = layer.read() == 0x1f && layer.read() == 0x8b;
        layer.reset();
        if (gzip) {
          layer = new GzipCompressorInputStream(layer);
        }
        TarArchiveInputStream inner = new TarArchiveInputStream(layer);
        for (TarArchiveEntry e = inner.getNextEntry(); e != null; e = inner.getNextEntry()) {
          found.add(e);
        }
      }
    }
    return found;
  }
}
