package dev.unbuildpack.image.layer;

import dev.unbuildpack.image.source.ImageErrors;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * Turns a raw tar entry into a {@link LayerEntry} or refuses the layer. Refused: absolute or
 * {@code ..} paths, hard links and symlinks that lead out of the image root, block devices and
 * character devices other than the standard ones a base image may ship in /dev, and entries larger
 * than {@link Limits#maxEntrySize()}.
 */
final class EntryGuard {
  /** The device nodes debootstrap and {@code docker import} leave in /dev: "major,minor". */
  private static final Map<String, String> STANDARD_DEVICES = Map.of(
      "dev/null", "1,3", "dev/zero", "1,5", "dev/full", "1,7", "dev/random", "1,8",
      "dev/urandom", "1,9", "dev/tty", "5,0", "dev/console", "5,1", "dev/ptmx", "5,2");

  private final String layer;
  private final Limits limits;
  private long entries;

  EntryGuard(String layer, Limits limits) {
    this.layer = layer;
    this.limits = limits;
  }

  /** The checked entry, or null for the root directory itself. */
  LayerEntry check(TarArchiveEntry raw) {
    String name = raw.getName();
    if (++entries > limits.maxEntries()) {
      throw ImageErrors.badEntry(layer, name, "is one entry too many: a layer may hold "
          + limits.maxEntries() + " entries");
    }
    if (name.startsWith("/")) {
      throw ImageErrors.badEntry(layer, name, "has an absolute path");
    }
    String path = normalise(name, name);
    if (path.isEmpty()) {
      return null;
    }
    if (raw.getSize() > limits.maxEntrySize() || raw.getSize() < 0) {
      throw ImageErrors.badEntry(layer, name, "declares " + raw.getSize()
          + " bytes, more than the " + limits.maxEntrySize() + " allowed for one entry");
    }
    int mode = raw.getMode() & 07777;
    if (raw.isSymbolicLink()) {
      checkSymlink(name, path, raw.getLinkName());
      return new LayerEntry(path, LayerEntry.Kind.SYMLINK, 0, raw.getLinkName(), mode);
    }
    if (raw.isLink()) {
      String target = raw.getLinkName();
      if (target.startsWith("/")) {
        throw ImageErrors.badEntry(layer, name, "is a hard link to an absolute path: " + target);
      }
      return new LayerEntry(path, LayerEntry.Kind.HARDLINK, 0, normalise(name, target), mode);
    }
    if (raw.isBlockDevice() || raw.isCharacterDevice()) {
      checkDevice(name, path, raw);
      return new LayerEntry(path, LayerEntry.Kind.OTHER, 0, null, mode);
    }
    if (raw.isDirectory()) {
      return new LayerEntry(path, LayerEntry.Kind.DIRECTORY, 0, null, mode);
    }
    if (raw.isFile()) {
      return new LayerEntry(path, LayerEntry.Kind.FILE, raw.getSize(), null, mode);
    }
    return new LayerEntry(path, LayerEntry.Kind.OTHER, 0, null, mode);
  }

  /** "./a//b/./c/" → "a/b/c"; any ".." is refused (a layer has no reason to write one). */
  private String normalise(String entry, String path) {
    // Nearly every entry ("usr/lib/x/", "app/server.js", or "./usr/lib/x" from an image made
    // with `tar -c .`): no split, one copy at most.
    String rest = path.startsWith("./") ? path.substring(2) : path;
    if (isPlain(rest)) {
      return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }
    StringBuilder out = new StringBuilder(path.length());
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        throw ImageErrors.badEntry(layer, entry, "climbs out of its directory with '..': " + path);
      }
      if (out.length() > 0) {
        out.append('/');
      }
      out.append(part);
    }
    return out.toString();
  }

  /** True when no segment is empty, "." or "..", except for one trailing '/'. */
  static boolean isPlain(String path) {
    int end = path.endsWith("/") ? path.length() - 1 : path.length();
    int start = 0;
    while (start < end) {
      int slash = path.indexOf('/', start);
      int stop = slash < 0 || slash > end ? end : slash;
      int length = stop - start;
      if (length == 0 || path.charAt(start) == '.' && (length == 1
          || length == 2 && path.charAt(start + 1) == '.')) {
        return false;
      }
      start = stop + 1;
    }
    return end > 0 && path.charAt(end - 1) != '/';
  }

  /** Absolute targets are read inside the image root; relative ones must not climb above it. */
  private void checkSymlink(String entry, String path, String target) {
    if (target.isEmpty()) {
      throw ImageErrors.badEntry(layer, entry, "is a symlink with an empty target");
    }
    if (target.startsWith("/")) {
      return;
    }
    Deque<String> parts = new ArrayDeque<>();
    String[] own = path.split("/");
    for (int i = 0; i < own.length - 1; i++) {
      parts.addLast(own[i]);
    }
    for (String part : target.split("/")) {
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          throw ImageErrors.badEntry(layer, entry,
              "is a symlink pointing out of the image root: " + target);
        }
        parts.removeLast();
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
  }

  private void checkDevice(String entry, String path, TarArchiveEntry raw) {
    String numbers = raw.getDevMajor() + "," + raw.getDevMinor();
    if (raw.isCharacterDevice() && numbers.equals(STANDARD_DEVICES.get(path))) {
      return;
    }
    throw ImageErrors.badEntry(layer, entry, "is a " + (raw.isBlockDevice() ? "block" : "character")
        + " device node (" + numbers + "); images have no use for one");
  }
}
