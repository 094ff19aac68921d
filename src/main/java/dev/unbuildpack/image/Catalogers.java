package dev.unbuildpack.image;

import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.dpkg.DpkgCataloger;
import java.util.List;

/** Every cataloger, in the order they run. Adding an ecosystem adds one line here. */
final class Catalogers {
  private Catalogers() {}

  static List<Cataloger> all() {
    return List.of(
        new DpkgCataloger());
  }
}
