package dev.unbuildpack.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.cli.CliRun;
import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.image.TestArchive.Compression;
import dev.unbuildpack.image.layer.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile or broken archives are refused with a message naming the layer and the entry. */
class HostileArchiveTest {
  @TempDir Path temp;

  private Path archive(Compression compression, java.util.function.Consumer<TestArchive.Layer> bad) {
    return new TestArchive()
        .layer(l -> l.file("etc/os-release", "ID=debian\n"))
        .layer(compression, bad)
        .writeDockerArchive(temp.resolve("bad.tar"));
  }

  private static BadInputException refused(Path tar) {
    return assertThrows(BadInputException.class, () -> Inventories.read("docker-archive:" + tar));
  }

  private static void assertNames(BadInputException e, String entry, String reason) {
    assertTrue(e.getMessage().startsWith("Refusing to read layer 2 (sha256:"), e.getMessage());
    assertTrue(e.getMessage().contains("entry '" + entry + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
    assertEquals(3, e.exitCode());
  }

  @Test
  void refusesAnAbsolutePath() {
    BadInputException e = refused(archive(Compression.NONE, l -> l.file("/etc/passwd", "x")));
    assertNames(e, "/etc/passwd", "has an absolute path");
  }

  @Test
  void refusesDotDotInAPath() {
    BadInputException e = refused(archive(Compression.GZIP, l -> l.file("app/../../x", "x")));
    assertNames(e, "app/../../x", "climbs out of its directory");
  }

  @Test
  void refusesAHardLinkOutOfTheRoot() {
    BadInputException e = refused(archive(Compression.NONE,
        l -> l.hardlink("app/passwd", "../../etc/shadow")));
    assertNames(e, "app/passwd", "climbs out");
  }

  @Test
  void refusesAHardLinkToAnAbsolutePath() {
    BadInputException e = refused(archive(Compression.NONE,
        l -> l.hardlink("app/passwd", "/etc/shadow")));
    assertNames(e, "app/passwd", "hard link to an absolute path");
  }

  @Test
  void refusesASymlinkClimbingAboveTheRoot() {
    BadInputException e = refused(archive(Compression.ZSTD,
        l -> l.symlink("app/escape", "../../../etc/passwd")));
    assertNames(e, "app/escape", "symlink pointing out of the image root");
  }

  @Test
  void refusesABlockDevice() {
    TarArchiveEntry device = new TarArchiveEntry("dev/sda", TarArchiveEntry.LF_BLK, true);
    device.setDevMajor(8);
    BadInputException e = refused(archive(Compression.NONE, l -> l.raw(device, new byte[0])));
    assertNames(e, "dev/sda", "block device node (8,0)");
  }

  @Test
  void refusesACharacterDeviceOutsideTheStandardSet() {
    TarArchiveEntry device = new TarArchiveEntry("app/mem", TarArchiveEntry.LF_CHR, true);
    device.setDevMajor(1);
    device.setDevMinor(1);
    BadInputException e = refused(archive(Compression.NONE, l -> l.raw(device, new byte[0])));
    assertNames(e, "app/mem", "character device node (1,1)");
  }

  @Test
  void acceptsTheStandardDevNodesABaseImageShips() {
    TarArchiveEntry devNull = new TarArchiveEntry("dev/null", TarArchiveEntry.LF_CHR, true);
    devNull.setDevMajor(1);
    devNull.setDevMinor(3);
    Path tar = archive(Compression.NONE, l -> l.raw(devNull, new byte[0]));
    assertEquals(2, Inventories.read("docker-archive:" + tar).layers().size());
  }

  @Test
  void refusesAnEntryDeclaringAHugeSize() {
    TarArchiveEntry huge = new TarArchiveEntry("app/huge", true);
    huge.setSize(100L << 30);
    BadInputException e = refused(archive(Compression.GZIP, l -> l.raw(huge, new byte[0])));
    assertNames(e, "app/huge", "declares 107374182400 bytes");
  }

  @Test
  void refusesAGzipBombBeforeDecompressingIt() {
    byte[] zeros = new byte[8 << 20];
    Path tar = archive(Compression.GZIP, l -> l.file("app/zeros", zeros, 0644));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Inventories.read("docker-archive:" + tar, new Limits(1L << 30, 1 << 20, 50)));
    assertNames(e, "app/zeros", "looks like a decompression bomb");
  }

  @Test
  void refusesATruncatedCompressedLayer() throws IOException {
    byte[] content = "0123456789".repeat(50_000).getBytes(StandardCharsets.UTF_8);
    Path layerTar = temp.resolve("layer.tar");
    new TestArchive().layer(Compression.GZIP, l -> l.file("app/data", content, 0644))
        .writeOciLayout(temp.resolve("oci"));
    Path blobs = temp.resolve("oci/blobs/sha256");
    Path layerBlob;
    try (var files = Files.list(blobs)) {
      layerBlob = files.filter(f -> isGzip(f)).findFirst().orElseThrow();
    }
    byte[] whole = Files.readAllBytes(layerBlob);
    Files.write(layerBlob, Arrays.copyOf(whole, whole.length / 2));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Inventories.read("oci:" + temp.resolve("oci")));
    // The descriptor's size gives the truncation away before a byte of the layer is read.
    assertTrue(e.why().orElseThrow().contains("says " + whole.length + " bytes, but the blob has "
        + whole.length / 2), e.why().orElseThrow());
    assertTrue(e.why().orElseThrow().contains(temp.relativize(layerBlob).toString()
        .replaceFirst("^oci/", "")), e.why().orElseThrow());
    assertTrue(Files.notExists(layerTar));
  }

  @Test
  void refusesATruncatedPlainLayer() throws IOException {
    byte[] content = new byte[100_000];
    Path tar = new TestArchive().layer(l -> l.file("app/data", content, 0644))
        .writeOciLayout(temp.resolve("oci"));
    Path blob;
    try (var files = Files.list(tar.resolve("blobs/sha256"))) {
      blob = files.filter(f -> f.toFile().length() > 100_000).findFirst().orElseThrow();
    }
    byte[] whole = Files.readAllBytes(blob);
    Files.write(blob, Arrays.copyOf(whole, 50_000));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Inventories.read("oci:" + tar));
    assertTrue(e.why().orElseThrow().contains("but the blob has 50000"), e.why().orElseThrow());
  }

  @Test
  void refusesAMalformedManifest() throws IOException {
    Path tar = new TestArchive().layer(l -> l.file("a", "b")).writeDockerArchive(temp.resolve("a.tar"));
    Path broken = temp.resolve("broken.tar");
    try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
        Files.newOutputStream(broken))) {
      byte[] manifest = "[{\"Config\": 42}]".getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry("manifest.json");
      entry.setSize(manifest.length);
      out.putArchiveEntry(entry);
      out.write(manifest);
      out.closeArchiveEntry();
    }
    BadInputException e = refused(broken);
    assertTrue(e.getMessage().contains("is malformed"), e.getMessage());
    assertEquals("manifest.json", e.location().orElseThrow().file());
    assertTrue(Files.exists(tar));
  }

  @Test
  void refusesAManifestNamingAMissingLayer() throws IOException {
    Path broken = temp.resolve("missing.tar");
    try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
        Files.newOutputStream(broken))) {
      byte[] manifest = "[{\"Config\":\"c.json\",\"Layers\":[\"nope/layer.tar\"]}]"
          .getBytes(StandardCharsets.UTF_8);
      TarArchiveEntry entry = new TarArchiveEntry("manifest.json");
      entry.setSize(manifest.length);
      out.putArchiveEntry(entry);
      out.write(manifest);
      out.closeArchiveEntry();
    }
    BadInputException e = refused(broken);
    assertTrue(e.why().orElseThrow().contains("'nope/layer.tar'"), e.why().orElseThrow());
  }

  @Test
  void theCommandExitsWith3AndPrintsNothingOnStdout() {
    Path tar = archive(Compression.NONE, l -> l.file("/etc/passwd", "x"));
    CliRun run = CliRun.of("inventory", "docker-archive:" + tar, "--format", "json");
    assertEquals(3, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("error: Refusing to read layer 2"), run.err());
    assertTrue(run.err().contains("/etc/passwd"), run.err());
  }

  private static boolean isGzip(Path file) {
    try (var in = Files.newInputStream(file)) {
      return in.read() == 0x1f && in.read() == 0x8b;
    } catch (IOException e) {
      return false;
    }
  }
}
