package dev.unbuildpack.image.catalog;

import java.util.List;

/**
 * Finds one kind of thing in an image (dpkg packages, npm packages, runtimes, ...): it names the
 * files it needs read during the layer pass, then catalogs from those and the merged tree.
 */
public interface Cataloger {
  List<FileReader<?>> readers();

  void catalog(ImageFacts facts, Findings out);
}
