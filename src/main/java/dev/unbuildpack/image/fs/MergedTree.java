package dev.unbuildpack.image.fs;

import dev.unbuildpack.image.layer.LayerEntry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The file system a container of the image would see: layers applied bottom first, with overlay
 * whiteouts ({@code .wh.NAME} removes NAME and everything under it) and opaque directories
 * ({@code .wh..wh..opq} hides what lower layers put in the directory). Holds paths and metadata
 * only, never file contents. Symlinks are resolved inside the image root: an absolute target
 * starts again at the root and {@code ..} stops at the root, as in a chroot.
 */
public final class MergedTree {
  private static final int MAX_LINK_HOPS = 40;

  private final TreeMap<String, FileNode> nodes = new TreeMap<>();

  /** Applies one layer over the ones applied before it. */
  public void apply(int layer, List<LayerEntry> entries) {
    for (LayerEntry entry : entries) {
      String name = entry.fileName();
      if (name.equals(LayerEntry.OPAQUE)) {
        removeBelow(entry.parent());
      } else if (name.startsWith(LayerEntry.WHITEOUT)) {
        String hidden = join(entry.parent(), name.substring(LayerEntry.WHITEOUT.length()));
        nodes.remove(hidden);
        removeBelow(hidden);
      }
    }
    for (LayerEntry entry : entries) {
      if (!entry.fileName().startsWith(LayerEntry.WHITEOUT)) {
        add(layer, entry);
      }
    }
  }

  private void add(int layer, LayerEntry entry) {
    FileNode previous = nodes.get(entry.path());
    if (previous != null && previous.kind() == LayerEntry.Kind.DIRECTORY
        && entry.kind() != LayerEntry.Kind.DIRECTORY) {
      removeBelow(entry.path());
    }
    long size = entry.size();
    if (entry.kind() == LayerEntry.Kind.HARDLINK) {
      FileNode target = nodes.get(entry.linkTarget());
      size = target == null ? 0 : target.size();
    }
    nodes.put(entry.path(), new FileNode(
        entry.path(), entry.kind(), size, entry.linkTarget(), layer, entry.mode()));
  }

  private void removeBelow(String directory) {
    if (directory.isEmpty()) {
      nodes.clear();
    } else {
      nodes.subMap(directory + "/", true, directory + "/\uffff", true).clear();
    }
  }

  /** The node at exactly this path, symlinks not followed. */
  public Optional<FileNode> get(String path) {
    return Optional.ofNullable(nodes.get(strip(path)));
  }

  /** The node this path leads to once every symlink on the way is followed. */
  public Optional<FileNode> resolve(String path) {
    return realPath(path).flatMap(real -> Optional.ofNullable(nodes.get(real)));
  }

  /**
   * The path with every symlink followed, inside the root; empty when links loop. The result may
   * name a path no layer created (the caller checks with {@link #get}).
   */
  public Optional<String> realPath(String path) {
    Deque<String> pending = new ArrayDeque<>(List.of(strip(path).split("/")));
    List<String> resolved = new ArrayList<>();
    int hops = 0;
    while (!pending.isEmpty()) {
      String part = pending.pollFirst();
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (!resolved.isEmpty()) {
          resolved.remove(resolved.size() - 1);
        }
        continue;
      }
      FileNode node = nodes.get(join(String.join("/", resolved), part));
      if (node == null || node.kind() != LayerEntry.Kind.SYMLINK) {
        resolved.add(part);
        continue;
      }
      if (++hops > MAX_LINK_HOPS) {
        return Optional.empty();
      }
      if (node.linkTarget().startsWith("/")) {
        resolved.clear();
      }
      String[] target = node.linkTarget().split("/");
      for (int i = target.length - 1; i >= 0; i--) {
        pending.addFirst(target[i]);
      }
    }
    return Optional.of(String.join("/", resolved));
  }

  /** Every node, sorted by path. */
  public Collection<FileNode> nodes() {
    return Collections.unmodifiableCollection(nodes.values());
  }

  /** The nodes directly or indirectly under a directory, sorted by path. */
  public Collection<FileNode> under(String directory) {
    String dir = strip(directory);
    if (dir.isEmpty()) {
      return nodes();
    }
    NavigableMap<String, FileNode> below = nodes.subMap(dir + "/", true, dir + "/\uffff", true);
    return Collections.unmodifiableCollection(below.values());
  }

  public int size() {
    return nodes.size();
  }

  private static String strip(String path) {
    String p = path;
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  private static String join(String dir, String name) {
    return dir.isEmpty() ? name : dir + "/" + name;
  }
}
