package dev.unbuildpack.image.source;

import dev.unbuildpack.common.UnbuildpackException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The members of an outer image tar ({@code docker save}, or an OCI layout packed as a tar),
 * found by reading only the tar headers: the engine writes manifest.json last, so random access
 * is what lets us read it first.
 */
final class TarBlobStore implements BlobStore {
  /** Members an image archive may hold: docker save writes a few per layer. */
  static final long MAX_MEMBERS = 100_000;

  private final Map<String, Blob> members;

  private TarBlobStore(Map<String, Blob> members) {
    this.members = members;
  }

  static TarBlobStore index(Path tar, String image) {
    Map<String, Blob> members = new HashMap<>();
    // Headers are walked one at a time (TarFile would list every entry first), so an archive of
    // millions of members is refused at the limit instead of filling memory.
    try (InputStream in = new BufferedInputStream(Files.newInputStream(tar), 1 << 16);
        TarArchiveInputStream stream = new TarArchiveInputStream(in)) {
      long entries = 0;
      for (TarArchiveEntry entry = stream.getNextEntry(); entry != null;
          entry = stream.getNextEntry()) {
        if (++entries > MAX_MEMBERS) {
          throw ImageErrors.malformed(image, tar.toString(), "It has more than " + MAX_MEMBERS
              + " members; an image archive holds a few per layer (limit: image archive members).");
        }
        if (entry.isFile()) {
          String name = normalise(entry.getName());
          members.put(name, new Blob(name, tar, stream.getBytesRead(), entry.getSize()));
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof UnbuildpackException known) {
        throw known;
      }
      throw ImageErrors.malformed(
          image, tar.toString(), "It is not a readable tar archive: " + e.getMessage());
    }
    long fileSize = tar.toFile().length();
    for (Blob blob : members.values()) {
      if (blob.offset() + blob.size() > fileSize) {
        throw ImageErrors.malformed(
            image, tar + "!" + blob.name(), "The member ends past the end of the archive.");
      }
    }
    return new TarBlobStore(members);
  }

  private static String normalise(String name) {
    return name.startsWith("./") ? name.substring(2) : name;
  }

  @Override
  public Optional<Blob> find(String name) {
    return Optional.ofNullable(members.get(normalise(name)));
  }
}
