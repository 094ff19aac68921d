package dev.unbuildpack.image.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes Go's .go.buildinfo section (Go 1.18+ layout): a 32-byte header starting
 * "\xff Go buildinf:", then, with flag bit 2 set, two varint-length strings: the Go version and
 * the module info ("path", "mod", "dep", "=>" lines between 16-byte sentinels). Older binaries
 * store pointers instead; for them only "is a Go binary" is reported.
 */
final class GoBuildInfoParser {
  private static final byte[] MAGIC = "\u00ff Go buildinf:".getBytes(StandardCharsets.ISO_8859_1);
  private static final int MAX_INFO = 1 << 20;

  /** Positional reads; null when out of range. */
  interface Bytes {
    ByteBuffer read(long offset, int length) throws IOException;
  }

  private GoBuildInfoParser() {}

  static GoBuildInfo parse(Bytes file, long offset) throws IOException {
    ByteBuffer header = file.read(offset, 32);
    if (header == null) {
      return null;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (header.get(i) != MAGIC[i]) {
        return null;
      }
    }
    if ((header.get(15) & 2) == 0) {
      return new GoBuildInfo(null, null, null, List.of());
    }
    long[] position = {offset + 32};
    String version = varintString(file, position);
    String modinfo = varintString(file, position);
    if (modinfo != null && modinfo.length() >= 33 && modinfo.charAt(modinfo.length() - 17) == '\n') {
      modinfo = modinfo.substring(16, modinfo.length() - 16);
    }
    return modules(version, modinfo == null ? "" : modinfo);
  }

  private static GoBuildInfo modules(String version, String modinfo) {
    String mainPath = null;
    String mainVersion = null;
    List<GoBuildInfo.Module> deps = new ArrayList<>();
    for (String line : modinfo.split("\n")) {
      String[] f = line.split("\t");
      if (f.length == 0) {
        continue; // a line of tabs alone splits into nothing
      }
      if (f[0].equals("path") && f.length > 1) {
        mainPath = f[1];
      } else if (f[0].equals("mod") && f.length > 2) {
        mainPath = f[1];
        mainVersion = f[2];
      } else if (f[0].equals("dep") && f.length > 2) {
        deps.add(new GoBuildInfo.Module(f[1], f[2]));
      } else if (f[0].equals("=>") && f.length > 2 && !deps.isEmpty()) {
        deps.set(deps.size() - 1, new GoBuildInfo.Module(f[1], f[2]));
      }
    }
    return new GoBuildInfo(version, mainPath, mainVersion, deps);
  }

  private static String varintString(Bytes file, long[] position) throws IOException {
    ByteBuffer window = file.read(position[0], 10);
    if (window == null) {
      return null;
    }
    long length = 0;
    int shift = 0;
    int used = 0;
    while (used < 10) {
      int b = window.get(used++) & 0xff;
      length |= (long) (b & 0x7f) << shift;
      shift += 7;
      if ((b & 0x80) == 0) {
        break;
      }
    }
    if (length < 0 || length > MAX_INFO) {
      return null;
    }
    ByteBuffer text = file.read(position[0] + used, (int) length);
    if (text == null) {
      return null;
    }
    position[0] += used + length;
    byte[] bytes = new byte[(int) length];
    text.duplicate().get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
