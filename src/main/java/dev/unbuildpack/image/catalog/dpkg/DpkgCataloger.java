package dev.unbuildpack.image.catalog.dpkg;

import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.catalog.Findings;
import dev.unbuildpack.image.catalog.ImageFacts;
import dev.unbuildpack.inventory.InstalledPackage;
import java.util.List;

/** Debian packages dpkg knows as installed ("deb"). */
public final class DpkgCataloger implements Cataloger {
  @Override
  public List<FileReader<?>> readers() {
    return List.of(DpkgDatabase.STATUS, DpkgDatabase.LISTS);
  }

  @Override
  public void catalog(ImageFacts facts, Findings out) {
    DpkgDatabase dpkg = facts.dpkg();
    for (DebPackage pkg : dpkg.installed().values()) {
      out.add(new InstalledPackage("deb", pkg.name(), pkg.version(),
          ImageFacts.absolute(dpkg.statusFile(pkg.name())), pkg.installedSizeKib() * 1024));
    }
  }
}
