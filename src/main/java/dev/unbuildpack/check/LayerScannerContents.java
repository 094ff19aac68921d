package dev.unbuildpack.check;

import dev.unbuildpack.image.LayerScanner;
import dev.unbuildpack.image.layer.LayerEntry;
import java.nio.charset.StandardCharsets;

/** {@link ImageContents} over the image readers: docker-archive:, oci:, or the local engine. */
public final class LayerScannerContents implements ImageContents, AutoCloseable {
  private static final int SHOWN_DIGEST = 12;

  private final String name;
  private final LayerScanner scanner;

  private LayerScannerContents(String name, LayerScanner scanner) {
    this.name = name;
    this.scanner = scanner;
  }

  /** Opens an image by reference; the caller closes it. */
  public static LayerScannerContents open(String imageRef) {
    return new LayerScannerContents(imageRef, LayerScanner.open(imageRef));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public byte[] configJson() {
    return scanner.configJson().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void visitFiles(FileVisitor visitor) {
    scanner.scan((entry, content) -> {
      if (entry.kind() == LayerEntry.Kind.FILE) {
        visitor.visit(label(entry), entry.path(), content);
      }
    });
  }

  private static String label(LayerScanner.Entry entry) {
    String digest = entry.layerDigest();
    int hex = digest.indexOf(':') + 1;
    String shortDigest = digest.substring(0, Math.min(digest.length(), hex + SHOWN_DIGEST));
    return "layer " + entry.layerIndex() + " (" + shortDigest + ")";
  }

  @Override
  public void close() {
    scanner.close();
  }
}
