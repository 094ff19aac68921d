package dev.unbuildpack.image.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unbuildpack.image.layer.LayerEntry;
import dev.unbuildpack.image.layer.LayerEntry.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MergedTreeTest {
  private static LayerEntry file(String path) {
    return new LayerEntry(path, Kind.FILE, 1, null, 0644);
  }

  private static LayerEntry link(String path, String target) {
    return new LayerEntry(path, Kind.SYMLINK, 0, target, 0777);
  }

  private static List<String> paths(MergedTree tree) {
    return tree.nodes().stream().map(FileNode::path).toList();
  }

  @Test
  void whiteoutRemovesAPathAndEverythingUnderIt() {
    MergedTree tree = new MergedTree();
    tree.apply(0, List.of(file("opt/x/a"), file("opt/x/sub/b"), file("opt/xy")));
    tree.apply(1, List.of(file("opt/.wh.x")));
    assertEquals(List.of("opt/xy"), paths(tree));
  }

  @Test
  void opaqueDirectoryHidesLowerLayersButKeepsItsOwnLayer() {
    MergedTree tree = new MergedTree();
    tree.apply(0, List.of(file("opt/x/old"), file("opt/y")));
    tree.apply(1, List.of(file("opt/x/new"), file("opt/x/.wh..wh..opq")));
    assertEquals(List.of("opt/x/new", "opt/y"), paths(tree));
    assertEquals(1, tree.get("/opt/x/new").orElseThrow().layer());
  }

  @Test
  void aFileReplacingADirectoryHidesItsChildren() {
    MergedTree tree = new MergedTree();
    tree.apply(0, List.of(new LayerEntry("d", Kind.DIRECTORY, 0, null, 0755), file("d/child")));
    tree.apply(1, List.of(file("d")));
    assertEquals(List.of("d"), paths(tree));
  }

  @Test
  void symlinksResolveInsideTheRoot() {
    MergedTree tree = new MergedTree();
    tree.apply(0, List.of(link("lib", "usr/lib"), file("usr/lib/libz.so.1.2.13"),
        link("usr/lib/libz.so.1", "libz.so.1.2.13"), link("etc/os-release", "../usr/lib/os"),
        file("usr/lib/os"), link("up", "../../../../usr/lib/os"), link("abs", "/usr/lib/os")));
    assertEquals(Optional.of("usr/lib/libz.so.1.2.13"), tree.realPath("/lib/libz.so.1"));
    assertEquals("usr/lib/os", tree.resolve("etc/os-release").orElseThrow().path());
    assertEquals("usr/lib/os", tree.resolve("up").orElseThrow().path(), "'..' stops at the root");
    assertEquals("usr/lib/os", tree.resolve("abs").orElseThrow().path());
  }

  /** A tar hard link carries no content of its own: its size is its target's. */
  @Test
  void aHardLinkHasItsTargetsSize() {
    MergedTree tree = new MergedTree();
    tree.apply(0, List.of(new LayerEntry("usr/bin/node", Kind.FILE, 4096, null, 0755),
        new LayerEntry("usr/bin/nodejs", Kind.HARDLINK, 0, "usr/bin/node", 0755),
        new LayerEntry("usr/bin/gone", Kind.HARDLINK, 0, "usr/bin/missing", 0755)));
    assertEquals(4096, tree.get("usr/bin/nodejs").orElseThrow().size());
    assertEquals(0, tree.get("usr/bin/gone").orElseThrow().size());
  }

  @Test
  void symlinkLoopsResolveToNothing() {
    MergedTree tree = new MergedTree();
    tree.apply(0, List.of(link("a", "b"), link("b", "a")));
    assertTrue(tree.realPath("a/x").isEmpty());
  }
}
