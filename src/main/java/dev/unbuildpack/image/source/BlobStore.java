package dev.unbuildpack.image.source;

import java.util.Optional;

/** Named byte ranges of an image: the members of a tar, or the files of a layout directory. */
interface BlobStore {
  /** The blob at a relative path such as "manifest.json" or "blobs/sha256/…". */
  Optional<Blob> find(String name);
}
