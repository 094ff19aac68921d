package dev.unbuildpack.image.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarFile;

/**
 * The members of an outer image tar ({@code docker save}, or an OCI layout packed as a tar),
 * found by reading only the tar headers: the engine writes manifest.json last, so random access
 * is what lets us read it first.
 */
final class TarBlobStore implements BlobStore {
  private final Map<String, Blob> members;

  private TarBlobStore(Map<String, Blob> members) {
    this.members = members;
  }

  static TarBlobStore index(Path tar, String image) {
    Map<String, Blob> members = new HashMap<>();
    try (TarFile file = new TarFile(tar)) {
      for (TarArchiveEntry entry : file.getEntries()) {
        if (entry.isFile()) {
          String name = normalise(entry.getName());
          members.put(name, new Blob(name, tar, entry.getDataOffset(), entry.getSize()));
        }
      }
    } catch (IOException | RuntimeException e) {
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
