package dev.unbuildpack.image;

import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.apk.ApkCataloger;
import dev.unbuildpack.image.catalog.dpkg.DpkgCataloger;
import dev.unbuildpack.image.catalog.dpkg.UnpackedDebCataloger;
import dev.unbuildpack.image.catalog.gem.GemCataloger;
import dev.unbuildpack.image.catalog.java.JarCataloger;
import dev.unbuildpack.image.catalog.nativecode.NativeCataloger;
import dev.unbuildpack.image.catalog.npm.NpmCataloger;
import dev.unbuildpack.image.catalog.php.ComposerCataloger;
import dev.unbuildpack.image.catalog.python.PythonCataloger;
import dev.unbuildpack.image.runtime.RuntimeCataloger;
import java.util.List;

/** Every cataloger, in the order they run. Adding an ecosystem adds one line here. */
final class Catalogers {
  private Catalogers() {}

  static List<Cataloger> all() {
    return List.of(
        new DpkgCataloger(),
        new ApkCataloger(),
        new UnpackedDebCataloger(),
        new NpmCataloger(),
        new PythonCataloger(),
        new GemCataloger(),
        new JarCataloger(),
        new ComposerCataloger(),
        new RuntimeCataloger(),
        new NativeCataloger());
  }
}
