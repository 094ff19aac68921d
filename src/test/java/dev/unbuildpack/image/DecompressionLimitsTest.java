package dev.unbuildpack.image;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.image.layer.Limits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default limits stop a gzip bomb in seconds, whoever reads the layer. */
class DecompressionLimitsTest {
  @TempDir Path temp;

  /**
   * A docker-archive whose one layer is a tar holding a 10 GiB file of zeros, gzipped as 10240
   * concatenated members of 1 MiB each (about 10 MB on disk, made in a moment).
   */
  private Path tenGibBomb() throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream();
    TarArchiveOutputStream tar = new TarArchiveOutputStream(header);
    tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    TarArchiveEntry entry = new TarArchiveEntry("app/zeros");
    entry.setSize(10L << 30);
    tar.putArchiveEntry(entry);
    tar.flush();
    byte[] mib = gzip(new byte[1 << 20]);
    Path layer = temp.resolve("layer.tar.gz");
    try (OutputStream out = Files.newOutputStream(layer)) {
      out.write(gzip(header.toByteArray()));
      for (int i = 0; i < 10 << 10; i++) {
        out.write(mib);
      }
      out.write(gzip(new byte[1024]));
    }
    byte[] config = ("{\"architecture\":\"amd64\",\"os\":\"linux\",\"config\":{},"
        + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}").getBytes(StandardCharsets.UTF_8);
    byte[] manifest = "[{\"Config\":\"config.json\",\"Layers\":[\"bomb/layer.tar\"]}]"
        .getBytes(StandardCharsets.UTF_8);
    Path archive = temp.resolve("bomb.tar");
    try (TarArchiveOutputStream out = new TarArchiveOutputStream(Files.newOutputStream(archive))) {
      TarArchiveEntry member = new TarArchiveEntry("bomb/layer.tar");
      member.setSize(Files.size(layer));
      out.putArchiveEntry(member);
      Files.copy(layer, out);
      out.closeArchiveEntry();
      for (var file : new Object[][] {{"config.json", config}, {"manifest.json", manifest}}) {
        TarArchiveEntry small = new TarArchiveEntry((String) file[0]);
        small.setSize(((byte[]) file[1]).length);
        out.putArchiveEntry(small);
        out.write((byte[]) file[1]);
        out.closeArchiveEntry();
      }
    }
    return archive;
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  @Test
  void aTenGibBombIsRefusedWithinSecondsWhenEveryByteIsScanned() throws IOException {
    Path bomb = tenGibBomb();
    BadInputException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThrows(BadInputException.class, () -> {
          try (LayerScanner image = LayerScanner.open("docker-archive:" + bomb)) {
            image.scan((entry, content) -> content.transferTo(OutputStream.nullOutputStream()));
          }
        }));
    assertTrue(e.title().contains("'app/zeros'"), e.title());
    assertTrue(e.title().contains("decompresses to more than 100 times its compressed size"),
        e.title());
  }

  @Test
  void aTenGibBombIsRefusedWithinSecondsByInventory() throws IOException {
    Path bomb = tenGibBomb();
    assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
        assertThrows(BadInputException.class, () -> Inventories.read("docker-archive:" + bomb)));
  }

  @Test
  void aLayerLargerThanTheTotalLimitIsRefusedWhateverItsRatio() throws IOException {
    byte[] noise = new byte[4 << 20];
    new java.util.Random(1).nextBytes(noise); // incompressible: the ratio check never fires
    Path tar = new TestArchive().layer(TestArchive.Compression.GZIP,
        l -> l.file("app/noise", noise, 0644)).writeDockerArchive(temp.resolve("big.tar"));
    BadInputException e = assertThrows(BadInputException.class, () ->
        Inventories.read("docker-archive:" + tar, new Limits(1L << 30, 1 << 20, 100, 2 << 20, 1000)));
    assertTrue(e.title().contains("more than 2097152 bytes, the limit for one layer"), e.title());
  }

  @Test
  void aPackageDatabaseLargerThanTheTextLimitIsRefusedBeforeItIsRead() {
    TarArchiveEntry status = new TarArchiveEntry("var/lib/dpkg/status", true);
    status.setSize(100L << 20); // declared only: refused before a byte is read
    Path tar = new TestArchive().layer(TestArchive.Compression.GZIP,
        l -> l.raw(status, new byte[0])).writeDockerArchive(temp.resolve("status.tar"));
    BadInputException e = assertThrows(BadInputException.class,
        () -> Inventories.read("docker-archive:" + tar));
    assertTrue(e.title().contains("'var/lib/dpkg/status' has 104857600 bytes, more than the"
        + " 67108864 allowed for a file read whole"), e.title());
  }

  @Test
  void aChangelogThatIsItselfAGzipBombIsReadOnlyForItsFirstLine() throws IOException {
    byte[] bomb = gzip(new byte[256 << 20]); // 256 MiB of zeros, no newline, ~250 KB packed
    Path tar = new TestArchive().layer(l -> l.dir("app/.apt/usr/share/doc/libfoo1").file(
        "app/.apt/usr/share/doc/libfoo1/changelog.Debian.gz", bomb, 0644))
        .writeDockerArchive(temp.resolve("changelog.tar"));
    var inventory = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> Inventories.read("docker-archive:" + tar));
    assertTrue(inventory.packages().stream().anyMatch(p -> p.name().equals("libfoo1")
        && p.version() == null), inventory.packages().toString());
  }

  @Test
  void aLayerWithMoreEntriesThanTheLimitIsRefused() {
    Path tar = new TestArchive().layer(TestArchive.Compression.GZIP, l -> {
      for (int i = 0; i < 11; i++) {
        l.file("app/f" + i, "x");
      }
    }).writeDockerArchive(temp.resolve("many.tar"));
    BadInputException e = assertThrows(BadInputException.class, () ->
        Inventories.read("docker-archive:" + tar, new Limits(1L << 30, 1 << 20, 100, 1L << 30, 10)));
    assertTrue(e.title().contains("'app/f10' is one entry too many: a layer may hold 10 entries"),
        e.title());
  }
}
