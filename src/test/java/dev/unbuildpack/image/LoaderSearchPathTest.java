package dev.unbuildpack.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unbuildpack.diff.Category;
import dev.unbuildpack.diff.InventoryDiff;
import dev.unbuildpack.inventory.Inventory;
import dev.unbuildpack.inventory.LinkedObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The linkage check searches the loader's built-in directories, as Debian's and Ubuntu's glibc
 * do, on the rootfs fixture multiarch-loader (no ld.so.conf at all; see its README).
 */
class LoaderSearchPathTest {
  @TempDir Path temp;

  private Inventory read(TestArchive archive, String name) {
    return Inventories.read("docker-archive:" + archive.writeDockerArchive(temp.resolve(name)));
  }

  private LinkedObject probe(TestArchive archive) {
    Inventory inventory = read(archive, "image.tar");
    return inventory.linkage().stream()
        .filter(o -> o.path().equals("/app/native/probe.node")).findFirst().orElseThrow();
  }

  @Test
  void libcAndLibzResolveInTheMultiarchDirsAndAMissingLibraryIsReported() {
    LinkedObject probe = probe(new TestArchive().rootfs(JibImages.rootfs("multiarch-loader")));
    assertEquals(List.of("libz.so.1", "libgone.so.7", "libc.so.6"), probe.needed());
    assertEquals(List.of("libgone.so.7"), probe.unresolved());
  }

  @Test
  void anotherArchitecturesDirectoryDoesNotCount() {
    LinkedObject probe = probe(new TestArchive()
        .rootfs(JibImages.rootfs("multiarch-loader"))
        .layer(l -> l.file("usr/lib/aarch64-linux-gnu/libgone.so.7", "arm64 stand-in")));
    assertEquals(List.of("libgone.so.7"), probe.unresolved(),
        "an amd64 image's loader never searches the aarch64 directories");
  }

  @Test
  void theLibraryInAPlainSystemDirResolvesToo() {
    LinkedObject probe = probe(new TestArchive()
        .rootfs(JibImages.rootfs("multiarch-loader"))
        .layer(l -> l.file("usr/lib/libgone.so.7", "stand-in")));
    assertEquals(List.of(), probe.unresolved());
  }

  /**
   * Before the loader's built-in directories were searched, A "missed" libgone too, so the diff
   * took B's missing libgone for a break A already had, and said nothing.
   */
  @Test
  void aLibraryOnlyAHadIsReportedAsMissingInB() {
    Inventory a = read(new TestArchive()
        .rootfs(JibImages.rootfs("multiarch-loader"))
        .layer(l -> l.file("usr/lib/x86_64-linux-gnu/libgone.so.7", "stand-in")), "a.tar");
    Inventory b = read(new TestArchive().rootfs(JibImages.rootfs("multiarch-loader")), "b.tar");
    List<String> missing = InventoryDiff.compare(a, b).category(Category.MISSING_LIBRARY)
        .changes().stream().map(c -> c.scope() + " " + c.subject()).toList();
    assertEquals(List.of("/app/native/probe.node libgone.so.7"), missing);
  }
}
