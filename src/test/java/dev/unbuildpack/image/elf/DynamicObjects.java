package dev.unbuildpack.image.elf;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Minimal ELF shared objects of either class (32/64-bit) and either byte order, laid out as the
 * System V gABI says: ELF header, a PT_LOAD and a PT_DYNAMIC program header, the dynamic string
 * table, the dynamic section (DT_NEEDED..., DT_SONAME, DT_RUNPATH, DT_STRTAB, DT_STRSZ, DT_NULL).
 * The load segment starts at a non-zero address, so a reader must map DT_STRTAB's address back
 * to a file offset.
 */
public final class DynamicObjects {
  /** One of the four kinds: class and byte order, with a machine that uses them. */
  enum Kind {
    ELF32_LSB(false, ByteOrder.LITTLE_ENDIAN, 3),
    ELF32_MSB(false, ByteOrder.BIG_ENDIAN, 20),
    ELF64_LSB(true, ByteOrder.LITTLE_ENDIAN, 62),
    ELF64_MSB(true, ByteOrder.BIG_ENDIAN, 22);

    final boolean wide;
    final ByteOrder order;
    final short machine;

    Kind(boolean wide, ByteOrder order, int machine) {
      this.wide = wide;
      this.order = order;
      this.machine = (short) machine;
    }
  }

  private static final int PT_LOAD = 1;
  private static final int PT_DYNAMIC = 2;
  private static final int DT_NEEDED = 1;
  private static final int DT_STRTAB = 5;
  private static final int DT_STRSZ = 10;
  private static final int DT_SONAME = 14;
  private static final int DT_RUNPATH = 29;

  private DynamicObjects() {}

  /** An x86-64 shared object needing {@code needed}, for tests of other packages. */
  public static byte[] x8664(List<String> needed, String soname) {
    return sharedObject(Kind.ELF64_LSB, needed, soname, "$ORIGIN");
  }

  static byte[] sharedObject(Kind kind, List<String> needed, String soname, String runpath) {
    boolean wide = kind.wide;
    int ehsize = wide ? 64 : 52;
    int phentsize = wide ? 56 : 32;
    long base = wide ? 0x400000L : 0x8048000L;
    StringTable strings = new StringTable();
    List<long[]> dynamic = new ArrayList<>();
    needed.forEach(name -> dynamic.add(new long[] {DT_NEEDED, strings.add(name)}));
    dynamic.add(new long[] {DT_SONAME, strings.add(soname)});
    dynamic.add(new long[] {DT_RUNPATH, strings.add(runpath)});
    byte[] table = strings.bytes();
    int strtabAt = ehsize + 2 * phentsize;
    int dynamicAt = (strtabAt + table.length + 7) / 8 * 8;
    dynamic.add(new long[] {DT_STRTAB, base + strtabAt});
    dynamic.add(new long[] {DT_STRSZ, table.length});
    dynamic.add(new long[] {0, 0});
    int entrySize = wide ? 16 : 8;
    int size = dynamicAt + dynamic.size() * entrySize;

    ByteBuffer elf = ByteBuffer.allocate(size).order(kind.order);
    elf.put(new byte[] {0x7f, 'E', 'L', 'F', (byte) (wide ? 2 : 1),
        (byte) (kind.order == ByteOrder.BIG_ENDIAN ? 2 : 1), 1});
    elf.putShort(16, (short) 3).putShort(18, kind.machine).putInt(20, 1);
    if (wide) {
      elf.putLong(32, ehsize).putShort(52, (short) ehsize).putShort(54, (short) phentsize)
          .putShort(56, (short) 2).putShort(58, (short) 64);
    } else {
      elf.putInt(28, ehsize).putShort(40, (short) ehsize).putShort(42, (short) phentsize)
          .putShort(44, (short) 2).putShort(46, (short) 40);
    }
    programHeader(elf, kind, ehsize, PT_LOAD, 0, base, size, 5);
    programHeader(elf, kind, ehsize + phentsize, PT_DYNAMIC, dynamicAt, base + dynamicAt,
        size - dynamicAt, 6);
    elf.put(strtabAt, table);
    for (int i = 0; i < dynamic.size(); i++) {
      int at = dynamicAt + i * entrySize;
      if (wide) {
        elf.putLong(at, dynamic.get(i)[0]).putLong(at + 8, dynamic.get(i)[1]);
      } else {
        elf.putInt(at, (int) dynamic.get(i)[0]).putInt(at + 4, (int) dynamic.get(i)[1]);
      }
    }
    return elf.array();
  }

  private static void programHeader(ByteBuffer elf, Kind kind, int at, int type, long offset,
      long address, long length, int flags) {
    elf.putInt(at, type);
    if (kind.wide) {
      elf.putInt(at + 4, flags).putLong(at + 8, offset).putLong(at + 16, address)
          .putLong(at + 24, address).putLong(at + 32, length).putLong(at + 40, length)
          .putLong(at + 48, 8);
    } else {
      elf.putInt(at + 4, (int) offset).putInt(at + 8, (int) address).putInt(at + 12, (int) address)
          .putInt(at + 16, (int) length).putInt(at + 20, (int) length).putInt(at + 24, flags)
          .putInt(at + 28, 4);
    }
  }

  /** The dynamic string table: a leading NUL, then each string NUL-terminated. */
  private static final class StringTable {
    private final StringBuilder text = new StringBuilder("\0");

    int add(String value) {
      int offset = text.length();
      text.append(value).append('\0');
      return offset;
    }

    byte[] bytes() {
      return text.toString().getBytes(StandardCharsets.US_ASCII);
    }
  }
}
