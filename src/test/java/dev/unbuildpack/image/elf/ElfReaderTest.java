package dev.unbuildpack.image.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.testing.Golden;
import java.io.IOException;
import java.nio.channels.FileChannel;
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

  @Test
  void readsGoModuleBuildInfoFromTheSectionOfAnUnstrippedBinary() throws IOException {
    Path binary = Files.write(temp.resolve("app"), GoBinaries.elf(true, false));
    assertEquals(GoBinaries.EXPECTED, read(binary).orElseThrow().goBuildInfo());
  }

  @Test
  void readsGoModuleBuildInfoFromTheDataSegmentOfAStrippedBinary() throws IOException {
    Path binary = Files.write(temp.resolve("app"), GoBinaries.elf(false, true));
    assertEquals(GoBinaries.EXPECTED, read(binary).orElseThrow().goBuildInfo());
  }

}
