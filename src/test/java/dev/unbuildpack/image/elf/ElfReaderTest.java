package dev.unbuildpack.image.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.Golden;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElfReaderTest {
  @TempDir Path temp;

  private static Optional<ElfInfo> read(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      return ElfReader.read(channel);
    }
  }

  @Test
  void readsNeededLibrariesAndSonameOfARealSharedObject() throws IOException {
    Path so = Golden.projectDir().resolve("fixtures/rootfs/heroku-app/app/.heroku/python/lib/"
        + "python3.12/site-packages/_ss.cpython-312-x86_64-linux-gnu.so");
    ElfInfo info = read(so).orElseThrow();
    assertEquals(List.of("libcom_err.so.2", "libc.so.6"), info.needed());
    assertEquals("libss.so.2", info.soname());
    assertNull(info.goBuildInfo());
  }

  @Test
  void garbageAndTruncatedFilesAreNotElf() throws IOException {
    Path text = Files.writeString(temp.resolve("script"), "#!/bin/sh\necho hi\n");
    assertTrue(read(text).isEmpty());
    Path so = Golden.projectDir().resolve(
        "fixtures/rootfs/heroku-app/app/node_modules/sharp/build/Release/sharp.node");
    Path cut = Files.write(temp.resolve("cut.so"), Arrays.copyOf(Files.readAllBytes(so), 200));
    assertTrue(read(cut).isEmpty(), "headers point past the end");
  }

  /** A minimal ELF64 with only section headers: .shstrtab and a Go 1.18+ .go.buildinfo. */
  @Test
  void readsGoModuleBuildInfo() throws IOException {
    String modinfo = "0123456789abcdef" + "path\texample.com/app\n"
        + "mod\texample.com/app\tv1.2.0\th1:x=\n"
        + "dep\tgithub.com/google/uuid\tv1.6.0\th1:y=\n"
        + "dep\tgolang.org/x/sys\tv0.1.0\th1:z=\n"
        + "=>\tgolang.org/x/sys\tv0.2.0\th1:w=\n"
        + "build\t-compiler=gc\n" + "0123456789abcdef";
    ByteArrayOutputStream section = new ByteArrayOutputStream();
    section.write("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1));
    section.write(8);
    section.write(2);
    section.write(new byte[16]);
    varint(section, "go1.22.1");
    varint(section, modinfo);
    byte[] names = "\0.shstrtab\0.go.buildinfo\0".getBytes(StandardCharsets.US_ASCII);
    byte[] info = section.toByteArray();
    int namesAt = 64;
    int infoAt = namesAt + names.length;
    int shoff = infoAt + info.length;
    ByteBuffer elf = ByteBuffer.allocate(shoff + 3 * 64).order(ByteOrder.LITTLE_ENDIAN);
    elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
    elf.putShort(16, (short) 2).putShort(18, (short) 62).putLong(40, shoff)
        .putShort(52, (short) 64).putShort(58, (short) 64).putShort(60, (short) 3)
        .putShort(62, (short) 1);
    elf.put(namesAt, names).put(infoAt, info);
    elf.putInt(shoff + 64, 1).putLong(shoff + 64 + 24, namesAt);
    elf.putInt(shoff + 128, 11).putLong(shoff + 128 + 24, infoAt);
    Path binary = Files.write(temp.resolve("app"), elf.array());

    GoBuildInfo go = read(binary).orElseThrow().goBuildInfo();
    assertEquals(new GoBuildInfo("go1.22.1", "example.com/app", "v1.2.0", List.of(
        new GoBuildInfo.Module("github.com/google/uuid", "v1.6.0"),
        new GoBuildInfo.Module("golang.org/x/sys", "v0.2.0"))), go);
  }

  private static void varint(ByteArrayOutputStream out, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int n = bytes.length;
    while (n >= 0x80) {
      out.write((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    out.write(n);
    out.writeBytes(bytes);
  }
}
