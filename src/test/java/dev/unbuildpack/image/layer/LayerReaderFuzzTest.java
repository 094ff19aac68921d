package dev.unbuildpack.image.layer;

import static dev.unbuildpack.testing.ParserContract.holds;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.unbuildpack.image.elf.ElfReader;
import dev.unbuildpack.image.source.Blob;
import dev.unbuildpack.image.source.LayerBlob;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzz tests of layer reading: a whole layer blob (plain tar read by seeking, gzip or zstd
 * streamed), whose every entry is visited the way the catalogers do (head, stream, ELF reader on
 * the channel); and the entry guard alone on tar headers built from fuzzer data, which reaches
 * names, link targets and device numbers no tar writer would produce. A plain test run replays
 * the inputs under LayerReaderFuzzTestInputs/.
 */
class LayerReaderFuzzTest {
  /** Limits small enough that the fuzzer meets them, as a real layer meets the defaults. */
  private static final Limits LIMITS = new Limits(1 << 20, 1 << 20, 50);
  /** Holds one file, rewritten for each input: the reader takes a path, not bytes. */
  @TempDir static Path temp;

  @FuzzTest
  void layer(byte[] input) throws Exception {
    Path file = Files.write(temp.resolve("layer.tar"), input);
    LayerBlob layer = new LayerBlob(0, "sha256:fuzz", new Blob("layer.tar", file, 0, input.length), null,
        null);
    holds(() -> new LayerReader(LIMITS).read(layer, (entry, content) -> {
      entry.fileName();
      entry.parent();
      if (entry.kind() != LayerEntry.Kind.FILE) {
        return;
      }
      byte[] head = content.head(64);
      if (ElfReader.isElf(head)) {
        try (SeekableByteChannel channel = content.channel()) {
          ElfReader.read(channel);
        }
      } else {
        try (InputStream stream = content.stream()) {
          stream.transferTo(OutputStream.nullOutputStream());
        }
      }
    }));
  }

  @FuzzTest
  void entryGuard(FuzzedDataProvider data) throws Exception {
    byte type = data.consumeByte();
    long size = data.consumeLong(0, 4L << 20);
    int major = data.consumeInt(0, 300);
    int minor = data.consumeInt(0, 300);
    String link = data.consumeString(200);
    String name = data.consumeRemainingAsString();
    TarArchiveEntry raw;
    try {
      raw = new TarArchiveEntry(name, type, true);
      raw.setLinkName(link);
      raw.setSize(size);
      raw.setDevMajor(major);
      raw.setDevMinor(minor);
    } catch (IllegalArgumentException notATarHeader) {
      return; // commons-compress would not have read such a header either
    }
    holds(() -> new EntryGuard("layer 1 (sha256:fuzz)", LIMITS).check(raw));
  }
}
