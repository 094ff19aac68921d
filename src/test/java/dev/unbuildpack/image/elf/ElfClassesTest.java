package dev.unbuildpack.image.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.image.elf.DynamicObjects.Kind;
import dev.unbuildpack.testing.RequiredTools;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The reader in all four ELF kinds it claims: 32- and 64-bit, little- and big-endian. The
 * objects are crafted (no cross toolchain is needed); binutils' readelf reads the same files, so
 * the test also proves they are what the gABI describes and not only what the reader expects.
 */
class ElfClassesTest {
  private static final List<String> NEEDED = List.of("libvips.so.42", "libc.so.6");
  private static final String SONAME = "sharp-linux.node";
  private static final String RUNPATH = "$ORIGIN/../lib:/opt/lib";
  private static final Pattern READELF_ENTRY =
      Pattern.compile("\\((NEEDED|SONAME|RUNPATH)\\)\\s+[^\\[]*\\[([^\\]]*)\\]");

  @TempDir Path temp;

  private Path write(Kind kind) throws IOException {
    return Files.write(temp.resolve(kind.name().toLowerCase() + ".so"),
        DynamicObjects.sharedObject(kind, NEEDED, SONAME, RUNPATH));
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void readsTheDynamicSectionOfEveryClassAndByteOrder(Kind kind) throws IOException {
    ElfInfo info;
    try (FileChannel channel = FileChannel.open(write(kind))) {
      info = ElfReader.read(channel).orElseThrow();
    }
    assertEquals(NEEDED, info.needed());
    assertEquals(SONAME, info.soname());
    assertEquals(List.of("$ORIGIN/../lib", "/opt/lib"), info.runpath());
    assertEquals(List.of(), info.rpath());
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void readelfReadsTheCraftedObjectsTheSameWay(Kind kind) throws Exception {
    Path file = write(kind);
    List<String> expected = new ArrayList<>();
    NEEDED.forEach(name -> expected.add("NEEDED " + name));
    expected.add("SONAME " + SONAME);
    expected.add("RUNPATH " + RUNPATH);
    assertEquals(expected, readelfDynamic(file));
  }

  private static List<String> readelfDynamic(Path file) throws Exception {
    Process readelf;
    try {
      readelf = new ProcessBuilder("readelf", "-d", file.toString()).redirectErrorStream(true)
          .start();
    } catch (IOException e) {
      RequiredTools.missing("readelf (Debian package binutils) is not installed",
          "unbuildpack.requireReadelf");
      throw e;
    }
    String out = new String(readelf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    readelf.waitFor(30, TimeUnit.SECONDS);
    assertEquals(0, readelf.exitValue(), out);
    List<String> entries = new ArrayList<>();
    Matcher entry = READELF_ENTRY.matcher(out);
    while (entry.find()) {
      entries.add(entry.group(1) + " " + entry.group(2));
    }
    return entries;
  }
}
