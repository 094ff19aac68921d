package dev.unbuildpack.image.elf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A small ELF reader (32/64-bit, either byte order) for the dynamic section (DT_NEEDED, DT_SONAME,
 * DT_RPATH, DT_RUNPATH) and Go's .go.buildinfo section. It reads only the headers and the few
 * ranges they point to, by seeking; every offset and count is checked against the file size, so a
 * damaged file gives {@code Optional.empty()}, never an exception or a huge allocation. The format
 * is the System V gABI (ELF header, program headers, dynamic section, section headers).
 */
public final class ElfReader {
  private static final int PT_LOAD = 1;
  private static final int PF_W = 2;
  /** Go's own reader searches this much of the data segment for the build info magic. */
  private static final int GO_SEARCH = 64 * 1024;
  /** Room after the search window for the version and module strings that follow the magic. */
  private static final int GO_TAIL = 64 * 1024;
  private static final int PT_DYNAMIC = 2;
  private static final long DT_NEEDED = 1;
  private static final long DT_STRTAB = 5;
  private static final long DT_STRSZ = 10;
  private static final long DT_SONAME = 14;
  private static final long DT_RPATH = 15;
  private static final long DT_RUNPATH = 29;
  private static final int MAX_HEADERS = 4096;
  private static final int MAX_STRING = 4096;

  private final SeekableByteChannel file;
  private final long size;
  private boolean wide;
  private ByteOrder order;

  private ElfReader(SeekableByteChannel file) throws IOException {
    this.file = file;
    this.size = file.size();
  }

  /** True when the bytes start with the ELF magic. */
  public static boolean isElf(byte[] head) {
    return head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L'
        && head[3] == 'F';
  }

  /** The file's dynamic-linking facts; empty when it is not a well-formed ELF file. */
  public static Optional<ElfInfo> read(SeekableByteChannel file) throws IOException {
    try {
      return new ElfReader(file).parse();
    } catch (Malformed e) {
      return Optional.empty();
    }
  }

  /** Internal: a bound check failed. */
  private static final class Malformed extends Exception {
    Malformed() {
      super(null, null, false, false);
    }
  }

  private Optional<ElfInfo> parse() throws IOException, Malformed {
    ByteBuffer ident = bytes(0, 16);
    if (!isElf(ident.array())) {
      return Optional.empty();
    }
    wide = ident.get(4) == 2;
    order = ident.get(5) == 2 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    ByteBuffer header = bytes(0, wide ? 64 : 52);
    long phoff = wide ? header.getLong(32) : uint(header.getInt(28));
    int phentsize = ushort(header.getShort(wide ? 54 : 42));
    int phnum = ushort(header.getShort(wide ? 56 : 44));
    List<long[]> loads = new ArrayList<>();
    long[] dynamic = null;
    long[] firstWritable = null;
    for (int i = 0; i < Math.min(phnum, MAX_HEADERS); i++) {
      ByteBuffer ph = bytes(phoff + (long) i * phentsize, wide ? 56 : 32);
      int type = ph.getInt(0);
      int flags = wide ? ph.getInt(4) : ph.getInt(24);
      long offset = wide ? ph.getLong(8) : uint(ph.getInt(4));
      long vaddr = wide ? ph.getLong(16) : uint(ph.getInt(8));
      long filesz = wide ? ph.getLong(32) : uint(ph.getInt(16));
      if (type == PT_LOAD) {
        loads.add(new long[] {vaddr, offset, filesz});
        if ((flags & PF_W) != 0 && firstWritable == null) {
          firstWritable = new long[] {offset, filesz};
        }
      } else if (type == PT_DYNAMIC) {
        dynamic = new long[] {offset, filesz};
      }
    }
    // Offsets are visited in increasing order where possible, so that a forward-only channel
    // (an entry of a compressed layer) can serve them.
    GoBuildInfo go = null;
    boolean goFirst = firstWritable != null && (dynamic == null || firstWritable[0] <= dynamic[0]);
    if (goFirst) {
      go = goFromDataSegment(firstWritable);
    }
    ElfInfo info = dynamic == null
        ? new ElfInfo(List.of(), null, List.of(), List.of(), null)
        : dynamicInfo(dynamic, loads, null);
    if (!goFirst && firstWritable != null) {
      go = goFromDataSegment(firstWritable);
    }
    if (go == null) {
      go = goFromSectionHeaders(header);
    }
    return Optional.of(new ElfInfo(info.needed(), info.soname(), info.rpath(), info.runpath(), go));
  }

  /** The build info blob, searched for at 16-byte alignment at the start of the data segment. */
  private GoBuildInfo goFromDataSegment(long[] segment) throws IOException {
    int length = (int) Math.min(segment[1], Math.min(GO_SEARCH + GO_TAIL, size - segment[0]));
    ByteBuffer window = bytesOrNull(segment[0], Math.max(0, length));
    if (window == null) {
      return null;
    }
    for (int at = 0; at + 32 <= Math.min(GO_SEARCH, length); at += 16) {
      if (window.get(at) == (byte) 0xff && window.get(at + 1) == ' '
          && window.get(at + 2) == 'G' && window.get(at + 3) == 'o') {
        long base = segment[0];
        GoBuildInfo found = GoBuildInfoParser.parse((offset, n) -> {
          long from = offset - base;
          return from >= 0 && from + n <= length
              ? ByteBuffer.wrap(window.array(), (int) from, n).slice() : null;
        }, base + at);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** Unstripped binaries name the section; needs reading back, so forward channels skip it. */
  private GoBuildInfo goFromSectionHeaders(ByteBuffer header) {
    try {
      long shoff = wide ? header.getLong(40) : uint(header.getInt(32));
      int shentsize = ushort(header.getShort(wide ? 58 : 46));
      int shnum = ushort(header.getShort(wide ? 60 : 48));
      int shstrndx = ushort(header.getShort(wide ? 62 : 50));
      return goBuildInfo(shoff, shentsize, shnum, shstrndx);
    } catch (IOException | Malformed e) {
      return null;
    }
  }

  private ElfInfo dynamicInfo(long[] dynamic, List<long[]> loads, GoBuildInfo go)
      throws IOException, Malformed {
    int entrySize = wide ? 16 : 8;
    long count = Math.min(dynamic[1] / entrySize, 65536);
    ByteBuffer entries = bytes(dynamic[0], (int) (count * entrySize));
    List<Long> needed = new ArrayList<>();
    long strtab = -1;
    long soname = -1;
    long rpath = -1;
    long runpath = -1;
    for (int i = 0; i < count; i++) {
      long tag = wide ? entries.getLong(i * 16) : entries.getInt(i * 8);
      long value = wide ? entries.getLong(i * 16 + 8) : uint(entries.getInt(i * 8 + 4));
      if (tag == 0) {
        break;
      } else if (tag == DT_NEEDED) {
        needed.add(value);
      } else if (tag == DT_STRTAB) {
        strtab = value;
      } else if (tag == DT_SONAME) {
        soname = value;
      } else if (tag == DT_RPATH) {
        rpath = value;
      } else if (tag == DT_RUNPATH) {
        runpath = value;
      }
    }
    long strings = fileOffset(strtab, loads);
    List<String> names = new ArrayList<>();
    for (long offset : needed) {
      names.add(string(strings + offset));
    }
    return new ElfInfo(names, soname < 0 ? null : string(strings + soname),
        paths(rpath < 0 ? null : string(strings + rpath)),
        paths(runpath < 0 ? null : string(strings + runpath)), go);
  }

  /** Maps a virtual address to a file offset through the PT_LOAD segment that holds it. */
  private static long fileOffset(long address, List<long[]> loads) throws Malformed {
    for (long[] load : loads) {
      if (address >= load[0] && address < load[0] + load[2]) {
        return load[1] + (address - load[0]);
      }
    }
    throw new Malformed();
  }

  private GoBuildInfo goBuildInfo(long shoff, int shentsize, int shnum, int shstrndx)
      throws IOException, Malformed {
    if (shoff == 0 || shnum == 0 || shnum > 65535 || shstrndx >= shnum) {
      return null;
    }
    long namesOffset = sectionOffset(shoff + (long) shstrndx * shentsize);
    for (int i = 0; i < shnum; i++) {
      long header = shoff + (long) i * shentsize;
      int nameIndex = bytes(header, 4).getInt(0);
      if (string(namesOffset + uint(nameIndex)).equals(".go.buildinfo")) {
        return GoBuildInfoParser.parse(this::bytesOrNull, sectionOffset(header));
      }
    }
    return null;
  }

  private long sectionOffset(long header) throws IOException, Malformed {
    ByteBuffer sh = bytes(header, wide ? 64 : 40);
    return wide ? sh.getLong(24) : uint(sh.getInt(16));
  }

  private static List<String> paths(String value) {
    return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split(":"));
  }

  private String string(long offset) throws IOException, Malformed {
    ByteBuffer buffer = bytes(offset, (int) Math.min(MAX_STRING, size - offset));
    byte[] raw = buffer.array();
    int end = 0;
    while (end < raw.length && raw[end] != 0) {
      end++;
    }
    return new String(raw, 0, end, StandardCharsets.UTF_8);
  }

  private ByteBuffer bytesOrNull(long offset, int length) throws IOException {
    try {
      return bytes(offset, length);
    } catch (Malformed e) {
      return null;
    }
  }

  private ByteBuffer bytes(long offset, int length) throws IOException, Malformed {
    // "offset > size - length", not "offset + length > size": a huge offset read from the file
    // would overflow the sum and pass.
    if (offset < 0 || length < 0 || length > (16 << 20) || offset > size - length) {
      throw new Malformed();
    }
    ByteBuffer buffer = ByteBuffer.allocate(length).order(order == null
        ? ByteOrder.LITTLE_ENDIAN : order);
    file.position(offset);
    while (buffer.hasRemaining()) {
      if (file.read(buffer) < 0) {
        throw new Malformed();
      }
    }
    return buffer.flip().order(order == null ? ByteOrder.LITTLE_ENDIAN : order);
  }

  private static long uint(int value) {
    return value & 0xffffffffL;
  }

  private static int ushort(short value) {
    return value & 0xffff;
  }
}
