package dev.unbuildpack.image.source;

import dev.unbuildpack.common.BadInputException;
import dev.unbuildpack.common.BoundedRead;
import dev.unbuildpack.common.Location;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Opens an image by reference: a docker-archive tar, an OCI layout, or the local engine. */
public final class ImageSources {
  private ImageSources() {}

  public static OpenImage open(String reference) {
    return open(reference, ExportProgress.NONE);
  }

  /** Opens an image; an engine image's export reports to {@code progress}. */
  public static OpenImage open(String reference, ExportProgress progress) {
    ImageRef ref = ImageRef.parse(reference);
    return switch (ref.kind()) {
      case DOCKER_ARCHIVE -> new OpenImage(readArchive(ref, existing(ref)), null);
      case OCI_LAYOUT -> new OpenImage(readOci(ref, existing(ref)), null);
      case ENGINE -> openFromEngine(ref, progress);
    };
  }

  /**
   * The image as a {@code docker save} tar: docker-archive:PATH is the file itself, an engine
   * image is saved to a temporary file. An OCI layout is refused (no tool here needs one yet).
   */
  public static ImageArchive archive(String reference, ExportProgress progress) {
    ImageRef ref = ImageRef.parse(reference);
    return switch (ref.kind()) {
      case DOCKER_ARCHIVE -> new ImageArchive(requireArchiveFile(ref, existing(ref)), false);
      case OCI_LAYOUT -> throw new BadInputException("Cannot use an OCI layout here: " + ref.text(),
          Location.of(ref.target()), "This input must be an engine image or a 'docker save' tar.",
          List.of("Load it into the engine first, or pass docker-archive:PATH."));
      case ENGINE -> new ImageArchive(EngineExport.save(ref, progress), true);
    };
  }

  private static OpenImage openFromEngine(ImageRef ref, ExportProgress progress) {
    Path spool = EngineExport.save(ref, progress);
    try {
      return new OpenImage(readArchive(ref, spool), spool);
    } catch (RuntimeException e) {
      new OpenImage(null, spool).close();
      throw e;
    }
  }

  private static Path requireArchiveFile(ImageRef ref, Path tar) {
    if (Files.isDirectory(tar)) {
      throw notFound(ref, "It is a folder; docker-archive: expects a 'docker save' tar.");
    }
    BoundedRead.requireRegularFile(tar, tar.toString());
    return tar;
  }

  static ImageManifest readArchive(ImageRef ref, Path tar) {
    requireArchiveFile(ref, tar);
    // Layers saved from the local engine a moment ago are what the engine holds, which a docker:
    // reference trusts by definition; hashing them again would only cost time. Files from
    // elsewhere are verified.
    return new ManifestReader(TarBlobStore.index(tar, ref.text()), ref.text(), ref.choice(),
        ref.kind() != ImageRef.Kind.ENGINE).read();
  }

  private static ImageManifest readOci(ImageRef ref, Path layout) {
    if (!Files.isDirectory(layout)) {
      BoundedRead.requireRegularFile(layout, layout.toString());
    }
    BlobStore store = Files.isDirectory(layout)
        ? new DirBlobStore(layout)
        : TarBlobStore.index(layout, ref.text());
    return new ManifestReader(store, ref.text(), ref.choice(), true).read();
  }

  private static Path existing(ImageRef ref) {
    Path path = Path.of(ref.target());
    if (!Files.exists(path)) {
      throw notFound(ref, "No file or directory " + path + " exists.");
    }
    return path;
  }

  private static BadInputException notFound(ImageRef ref, String why) {
    return new BadInputException(
        "Cannot open the image " + ref.text(),
        Location.of(ref.target()),
        why,
        List.of("Check the path, or write it as docker-archive:PATH for a 'docker save' tar"
            + " and oci:DIR for an OCI image layout."));
  }
}
