package dev.unbuildpack.image.source;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/** The files of an OCI image layout directory. Names never leave the directory. */
final class DirBlobStore implements BlobStore {
  private final Path root;

  DirBlobStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public Optional<Blob> find(String name) {
    Path file = root.resolve(name).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(new Blob(name, file, 0, file.toFile().length()));
  }
}
