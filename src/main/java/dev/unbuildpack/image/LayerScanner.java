package dev.unbuildpack.image;

import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import dev.unbuildpack.image.layer.LayerReader;
import dev.unbuildpack.image.layer.Limits;
import dev.unbuildpack.image.source.ImageConfigJson;
import dev.unbuildpack.image.source.ImageSources;
import dev.unbuildpack.image.source.LayerBlob;
import dev.unbuildpack.image.source.OpenImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Visits every entry of every layer of an image with its content, for checks that must see what
 * each layer holds, including files a later layer deletes (a secret removed in a later step still
 * ships in the earlier layer).
 *
 * <pre>{@code
 * try (LayerScanner image = LayerScanner.open("docker-archive:app.tar")) {
 *   String config = image.configJson();          // raw image config JSON
 *   List<Map<String, Object>> steps = image.history();
 *   image.scan((entry, content) -> {             // bottom layer first, archive order
 *     if (entry.kind() == LayerEntry.Kind.FILE && entry.size() < 1 << 20) {
 *       byte[] head = content.readNBytes(4096);  // read as much or as little as needed
 *     }
 *   });
 * }
 * }</pre>
 *
 * <p>Entries pass the same safety checks as {@link Inventories#read}: a hostile archive throws
 * {@code BadInputException} naming the layer and entry. Whiteout entries (".wh.NAME") are visited
 * as they are, so a check can tell deletions apart. The content stream is valid only during the
 * visit; it is empty for anything but a regular file; closing it is optional. Nothing is extracted
 * to disk and no content is held in memory. Not thread-safe: visits happen on the caller's thread.
 */
public final class LayerScanner implements AutoCloseable {
  /**
   * One entry of one layer.
   *
   * @param layerIndex 0 for the bottom layer
   * @param layerDigest the layer's diff id ("sha256:…")
   * @param path relative to the image root, no leading slash ("app/.env")
   * @param size content size of a regular file, else 0
   * @param kind file, directory, symlink, hard link or other
   * @param linkTarget a link's target, else null
   */
  public record Entry(int layerIndex, String layerDigest, String path, long size,
      LayerEntry.Kind kind, String linkTarget) {}

  /** Receives each entry and its content. */
  @FunctionalInterface
  public interface Visitor {
    void visit(Entry entry, InputStream content) throws IOException;
  }

  /**
   * A layer of the image.
   *
   * @param index 0 for the bottom layer
   * @param digest its diff id
   * @param createdBy the history step that made it, or null
   */
  public record Layer(int index, String digest, String createdBy) {}

  private final OpenImage image;
  private final ImageConfigJson config;

  private LayerScanner(OpenImage image) {
    this.image = image;
    this.config = ImageConfigJson.parse(image.manifest());
  }

  /** Opens an image by the same references {@link Inventories#read} accepts. */
  public static LayerScanner open(String imageRef) {
    OpenImage image = ImageSources.open(imageRef);
    try {
      return new LayerScanner(image);
    } catch (RuntimeException e) {
      image.close();
      throw e;
    }
  }

  /** The image configuration exactly as stored (env, cmd, labels, history, rootfs). */
  public String configJson() {
    return new String(image.manifest().configJson(), StandardCharsets.UTF_8);
  }

  /** Every history step as recorded: created, created_by, comment, empty_layer. */
  public List<Map<String, Object>> history() {
    return config.history();
  }

  public List<Layer> layers() {
    List<String> made = config.layerHistory();
    List<LayerBlob> blobs = image.manifest().layers();
    return blobs.stream().map(b -> new Layer(b.index(), b.digest(),
        made.size() == blobs.size() ? made.get(b.index()) : null)).toList();
  }

  /** Visits all entries of all layers, bottom layer first. */
  public void scan(Visitor visitor) {
    LayerReader reader = new LayerReader(Limits.DEFAULT);
    for (LayerBlob layer : image.manifest().layers()) {
      reader.read(layer, (entry, content) -> visitor.visit(
          new Entry(layer.index(), layer.digest(), entry.path(), entry.size(), entry.kind(),
              entry.linkTarget()), contentOf(entry, content)));
    }
  }

  private static InputStream contentOf(LayerEntry entry, EntryContent content) throws IOException {
    return entry.kind() == LayerEntry.Kind.FILE ? content.stream() : InputStream.nullInputStream();
  }

  @Override
  public void close() {
    image.close();
  }
}
