package dev.unbuildpack.image.catalog;

import dev.unbuildpack.inventory.InstalledPackage;
import java.util.List;

/**
 * A cataloger for ecosystems where each metadata file describes one package (package.json,
 * METADATA, a gemspec): every surviving file becomes one package of the given ecosystem.
 */
public abstract class SimpleCataloger implements Cataloger, FileReader<PackageRef> {
  private final String ecosystem;

  protected SimpleCataloger(String ecosystem) {
    this.ecosystem = ecosystem;
  }

  @Override
  public List<FileReader<?>> readers() {
    return List.of(this);
  }

  @Override
  public void catalog(ImageFacts facts, Findings out) {
    facts.captures().of(this).forEach((path, ref) ->
        out.add(new InstalledPackage(ecosystem, ref.name(), ref.version(),
            ImageFacts.absolute(path), 0)));
  }
}
