package dev.unbuildpack.image.fs;

import dev.unbuildpack.image.layer.LayerEntry;

/**
 * One path of the merged image file system.
 *
 * @param path relative to the root ("usr/bin/node")
 * @param kind file, directory, symlink, hard link or other
 * @param size content size of a regular file (of its target for a hard link), else 0
 * @param linkTarget a symlink's target as written, or a hard link's target path
 * @param layer index of the layer that put it there, 0 = bottom
 * @param mode permission bits
 */
public record FileNode(
    String path, LayerEntry.Kind kind, long size, String linkTarget, int layer, int mode) {

  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  public boolean isFile() {
    return kind == LayerEntry.Kind.FILE || kind == LayerEntry.Kind.HARDLINK;
  }
}
