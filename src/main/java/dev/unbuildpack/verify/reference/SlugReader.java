package dev.unbuildpack.verify.reference;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.EnvironmentException;
import dev.unbuildpack.common.Location;
import dev.unbuildpack.common.ReadLimit;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads a Heroku slug (a gzip-compressed tar holding the app under ./app, what
 * {@code heroku slugs:download} saves) into one image layer, refusing anything that could reach
 * outside /app: absolute or ".." names, links pointing out of the app, devices and pipes. Every
 * count and size is bounded by {@link SlugLimits}; nothing is unpacked to disk but the layer tar.
 */
public final class SlugReader {
  /** The dyno user of the image (heroku/heroku:24's default user "heroku" has uid 1000). */
  static final int DYNO_UID = 1000;

  private static final String APP = "app";

  private final SlugLimits limits;

  public SlugReader(SlugLimits limits) {
    this.limits = limits;
  }

  /** Checks the slug and writes its layer tar to a temporary file; bad slug: exit 3. */
  public SlugLayer read(Path slug) {
    String shown = slug.toString();
    long size = BoundedRead.requireRegularFile(slug, shown);
    if (size > limits.compressedBytes()) {
      throw bad(shown, "The slug is " + size + " bytes; at most " + limits.compressedBytes()
          + " are read.", "Check that this is the app's slug (Heroku refuses slugs over 500 MB).");
    }
    Path layer = temporaryLayer();
    try (InputStream file = new BufferedInputStream(Files.newInputStream(slug))) {
      requireGzip(file, shown);
      try (TarArchiveInputStream in = new TarArchiveInputStream(
              new GzipCompressorInputStream(file, true), StandardCharsets.UTF_8.name());
          TarArchiveOutputStream out = layerStream(layer)) {
        SlugLayer read = copy(in, out, layer, shown);
        out.finish();
        return read;
      }
    } catch (IOException e) {
      deleteQuietly(layer);
      throw bad(shown, "It is not a readable gzip-compressed tar: " + e.getMessage(),
          "Download the slug again (heroku slugs:download) and pass slug.tar.gz.");
    } catch (RuntimeException e) {
      deleteQuietly(layer);
      throw e;
    }
  }

  private SlugLayer copy(TarArchiveInputStream in, TarArchiveOutputStream out, Path layer,
      String shown) throws IOException {
    long entries = 0;
    long unpacked = 0;
    long ignored = 0;
    long layerEntries = 1;
    String procfile = null;
    Set<String> files = new HashSet<>();
    out.putArchiveEntry(directory(APP, 0755));
    out.closeArchiveEntry();
    for (TarArchiveEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
      if (++entries > limits.entries()) {
        throw bad(shown, "It has more than " + limits.entries() + " entries.",
            "Check that this is the app's slug; a slug this large cannot be read safely.");
      }
      String name = normalized(entry.getName(), shown);
      if (name.isEmpty()) {
        continue;
      }
      if (!name.equals(APP) && !name.startsWith(APP + "/")) {
        ignored++;
        continue;
      }
      if (name.equals(APP)) {
        continue;
      }
      TarArchiveEntry copy = rewritten(entry, name, files, shown);
      if (isRegular(entry)) {
        unpacked += entry.getSize();
        if (unpacked > limits.unpackedBytes()) {
          throw bad(shown, "Its files hold more than " + limits.unpackedBytes() + " bytes.",
              "Check that this is the app's slug; it unpacks to more than can be read safely.");
        }
      }
      out.putArchiveEntry(copy);
      if (isRegular(entry)) {
        if (name.equals(APP + "/Procfile")) {
          byte[] text = BoundedRead.bytes(in, ReadLimit.APP_FILE, shown + ": app/Procfile");
          procfile = BoundedRead.utf8(text, shown + ": app/Procfile");
          out.write(text);
        } else {
          in.transferTo(out);
        }
      }
      out.closeArchiveEntry();
      layerEntries++;
      if (isRegular(entry)) {
        files.add(name);
      }
    }
    return new SlugLayer(layer, layerEntries, unpacked, ignored, procfile,
        files.contains(APP + "/package.json"));
  }

  /** The layer's copy of one slug entry: same name and kind, owned by the dyno user. */
  private TarArchiveEntry rewritten(TarArchiveEntry entry, String name, Set<String> files,
      String shown) {
    int mode = entry.getMode() & 0777;
    TarArchiveEntry copy;
    if (entry.isDirectory()) {
      copy = directory(name, mode);
    } else if (entry.isSymbolicLink()) {
      String target = linkTarget(name, entry.getLinkName(), shown);
      copy = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
      copy.setLinkName(target);
      copy.setMode(0777);
    } else if (entry.isLink()) {
      // pnpm and some build tools leave hard links; one to an earlier entry of the app is safe.
      String target = normalized(entry.getLinkName(), shown);
      if (!files.contains(target)) {
        throw badEntry(shown, name, "a hard link to " + entry.getLinkName()
            + ", which is not an earlier file of the app");
      }
      copy = new TarArchiveEntry(name, TarArchiveEntry.LF_LINK);
      copy.setLinkName(target);
      copy.setMode(mode);
    } else if (isRegular(entry)) {
      copy = new TarArchiveEntry(name);
      copy.setSize(entry.getSize());
      copy.setMode(mode);
    } else {
      throw badEntry(shown, name, "neither a file, a directory nor a link (a device, pipe or"
          + " other special entry)");
    }
    copy.setIds(DYNO_UID, DYNO_UID);
    copy.setUserName("");
    copy.setGroupName("");
    copy.setModTime(entry.getModTime());
    return copy;
  }

  /**
   * A link target as the layer will hold it, once checked to stay inside /app: absolute targets
   * under /app are kept, relative ones must not climb out of it.
   */
  private String linkTarget(String name, String target, String shown) {
    requirePathLength(target, shown);
    String absolute = target.startsWith("/")
        ? target.substring(1)
        : name.substring(0, name.lastIndexOf('/')) + "/" + target;
    Path resolved = Path.of(absolute).normalize();
    if (resolved.startsWith("..") || !resolved.startsWith(APP)) {
      throw badEntry(shown, name, "a link to " + target + ", which is outside /app");
    }
    return target;
  }

  /**
   * The entry's name with "." parts and repeated or trailing slashes dropped ("./app/x/" is
   * "app/x"); refuses absolute names and ".." parts.
   */
  private String normalized(String raw, String shown) {
    requirePathLength(raw, shown);
    if (raw.startsWith("/")) {
      throw badEntry(shown, raw, "an absolute name");
    }
    List<String> parts = new ArrayList<>();
    for (String part : raw.split("/")) {
      if (part.equals("..")) {
        throw badEntry(shown, raw, "a name that climbs out with '..'");
      }
      if (!part.isEmpty() && !part.equals(".")) {
        parts.add(part);
      }
    }
    return String.join("/", parts);
  }

  private void requirePathLength(String path, String shown) {
    if (path.getBytes(StandardCharsets.UTF_8).length > limits.pathBytes()) {
      throw bad(shown, "An entry name or link target is longer than " + limits.pathBytes()
          + " bytes.", "Check that this is the app's slug.");
    }
  }

  /**
   * A plain file, by its type flag alone: commons-compress's isFile() also says yes to devices
   * and pipes whose names do not end in "/".
   */
  private static boolean isRegular(TarArchiveEntry entry) {
    byte flag = entry.getLinkFlag();
    return flag == TarArchiveEntry.LF_NORMAL || flag == TarArchiveEntry.LF_OLDNORM
        || flag == TarArchiveEntry.LF_CONTIG;
  }

  private static TarArchiveEntry directory(String name, int mode) {
    TarArchiveEntry dir = new TarArchiveEntry(name + "/", TarArchiveEntry.LF_DIR);
    dir.setMode(TarArchiveEntry.DEFAULT_DIR_MODE & ~0777 | mode);
    dir.setIds(DYNO_UID, DYNO_UID);
    dir.setUserName("");
    dir.setGroupName("");
    return dir;
  }

  private static void requireGzip(InputStream file, String shown) throws IOException {
    file.mark(2);
    int first = file.read();
    int second = file.read();
    file.reset();
    if (first != 0x1f || second != 0x8b) {
      throw bad(shown, "It does not start like a gzip file.",
          "Pass the slug as downloaded (slug.tar.gz), not the folder it unpacks to.");
    }
  }

  private static TarArchiveOutputStream layerStream(Path layer) throws IOException {
    OutputStream file = new BufferedOutputStream(Files.newOutputStream(layer), 1 << 16);
    TarArchiveOutputStream out = new TarArchiveOutputStream(file, StandardCharsets.UTF_8.name());
    out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
    out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    return out;
  }

  private static Path temporaryLayer() {
    try {
      return Files.createTempFile("unbuildpack-slug-", ".tar");
    } catch (IOException e) {
      throw new EnvironmentException("Could not create a temporary file for the slug's layer",
          e.getMessage(), List.of("Check the free space in "
              + System.getProperty("java.io.tmpdir") + "."), e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A temporary file; the operating system cleans its temp folder.
    }
  }

  private static BadInputException badEntry(String shown, String entry, String what) {
    return bad(shown, "The entry '" + entry + "' is " + what + ".",
        "A slug holds only the app's files, folders and links inside ./app; rebuild it or"
            + " download it again with heroku slugs:download.");
  }

  private static BadInputException bad(String shown, String why, String fix) {
    return new BadInputException("Cannot use the slug " + shown, Location.of(shown), why,
        List.of(fix));
  }
}
