package dev.unbuildpack.image.layer;

/**
 * One entry of a layer tar, after safety checks.
 *
 * @param path relative to the image root, without "./" or a trailing slash ("usr/bin/node")
 * @param kind what it is
 * @param size content size in bytes (0 for anything but a regular file)
 * @param linkTarget a symlink's target as written, or a hard link's target path; else null
 * @param mode the permission bits
 */
public record LayerEntry(String path, Kind kind, long size, String linkTarget, int mode) {
  /** Entry kinds; device nodes and FIFOs are {@code OTHER}. */
  public enum Kind {
    FILE,
    DIRECTORY,
    SYMLINK,
    HARDLINK,
    OTHER
  }

  /** The overlay whiteout prefix: ".wh.NAME" deletes NAME from lower layers. */
  public static final String WHITEOUT = ".wh.";

  /** The opaque-directory marker: the directory hides everything lower layers put in it. */
  public static final String OPAQUE = ".wh..wh..opq";

  public String fileName() {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The directory holding it, "" at the root. */
  public String parent() {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  public boolean isExecutable() {
    return (mode & 0111) != 0;
  }
}
