package dev.unbuildpack.image.catalog;

import dev.unbuildpack.image.catalog.dpkg.DpkgDatabase;
import dev.unbuildpack.image.fs.MergedTree;
import dev.unbuildpack.inventory.ImageConfig;

/**
 * What catalogers work from once all layers are read: the merged tree, the kept file results and
 * the image config. The dpkg database is built once and shared, because runtimes and shared
 * libraries ask it who owns a file.
 */
public final class ImageFacts {
  private final MergedTree tree;
  private final Captures captures;
  private final ImageConfig config;
  private DpkgDatabase dpkg;

  public ImageFacts(MergedTree tree, Captures captures, ImageConfig config) {
    this.tree = tree;
    this.captures = captures;
    this.config = config;
  }

  public MergedTree tree() {
    return tree;
  }

  public Captures captures() {
    return captures;
  }

  public ImageConfig config() {
    return config;
  }

  public synchronized DpkgDatabase dpkg() {
    if (dpkg == null) {
      dpkg = DpkgDatabase.of(this);
    }
    return dpkg;
  }

  /** "/" + path: how inventories name image paths. */
  public static String absolute(String path) {
    return "/" + path;
  }
}
