package dev.unbuildpack.image.elf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Minimal ELF64 files carrying a Go 1.18+ build info blob, for tests: with a ".go.buildinfo"
 * section (unstripped) and/or as the start of a writable PT_LOAD segment (stripped).
 */
public final class GoBinaries {
  public static final GoBuildInfo EXPECTED = new GoBuildInfo("go1.22.1", "example.com/app",
      "v1.2.0", List.of(new GoBuildInfo.Module("github.com/google/uuid", "v1.6.0"),
          new GoBuildInfo.Module("golang.org/x/sys", "v0.2.0")));

  private GoBinaries() {}

  public static byte[] elf(boolean withSection, boolean withSegment) {
    byte[] info = blob();
    byte[] names = "\0.shstrtab\0.go.buildinfo\0".getBytes(StandardCharsets.US_ASCII);
    int phoff = 64;
    int namesAt = phoff + 56;
    int infoAt = (namesAt + names.length + 15) / 16 * 16;
    int shoff = infoAt + info.length;
    ByteBuffer elf = ByteBuffer.allocate(shoff + 3 * 64).order(ByteOrder.LITTLE_ENDIAN);
    elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
    elf.putShort(16, (short) 2).putShort(18, (short) 62);
    if (withSegment) {
      elf.putLong(32, phoff).putShort(54, (short) 56).putShort(56, (short) 1);
      elf.putInt(phoff, 1).putInt(phoff + 4, 6).putLong(phoff + 8, infoAt)
          .putLong(phoff + 16, 0x400000 + infoAt).putLong(phoff + 32, info.length);
    }
    if (withSection) {
      elf.putLong(40, shoff).putShort(58, (short) 64).putShort(60, (short) 3)
          .putShort(62, (short) 1);
      elf.putInt(shoff + 64, 1).putLong(shoff + 64 + 24, namesAt);
      elf.putInt(shoff + 128, 11).putLong(shoff + 128 + 24, infoAt);
    }
    elf.put(namesAt, names).put(infoAt, info);
    return elf.array();
  }

  private static byte[] blob() {
    String modinfo = "0123456789abcdef" + "path\texample.com/app\n"
        + "mod\texample.com/app\tv1.2.0\th1:x=\n"
        + "dep\tgithub.com/google/uuid\tv1.6.0\th1:y=\n"
        + "dep\tgolang.org/x/sys\tv0.1.0\th1:z=\n"
        + "=>\tgolang.org/x/sys\tv0.2.0\th1:w=\n"
        + "build\t-compiler=gc\n" + "0123456789abcdef";
    ByteArrayOutputStream section = new ByteArrayOutputStream();
    section.writeBytes("\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1));
    section.write(8);
    section.write(2);
    section.writeBytes(new byte[16]);
    varint(section, "go1.22.1");
    varint(section, modinfo);
    return section.toByteArray();
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
