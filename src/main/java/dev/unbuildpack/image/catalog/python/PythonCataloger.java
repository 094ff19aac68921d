package dev.unbuildpack.image.catalog.python;

import dev.unbuildpack.image.catalog.ControlFields;
import dev.unbuildpack.image.catalog.PackageRef;
import dev.unbuildpack.image.catalog.SimpleCataloger;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

/**
 * Python distributions wherever they are installed (site-packages, dist-packages, Heroku's
 * /app/.heroku/python, buildpack layers): NAME.dist-info/METADATA, NAME.egg-info/PKG-INFO, and an
 * NAME.egg-info file. Only the header is read, never the long description.
 */
public final class PythonCataloger extends SimpleCataloger {
  public PythonCataloger() {
    super("pypi");
  }

  @Override
  public boolean wants(LayerEntry entry) {
    String path = entry.path();
    String parent = entry.parent();
    return (path.endsWith("/METADATA") && parent.endsWith(".dist-info"))
        || (path.endsWith("/PKG-INFO") && parent.endsWith(".egg-info"))
        || (path.endsWith(".egg-info") && (parent.endsWith("-packages")));
  }

  @Override
  public PackageRef read(LayerEntry entry, EntryContent content) throws IOException {
    Map<String, String> header;
    try (InputStream in = content.stream()) {
      header = ControlFields.first(in, Set.of("Name", "Version"));
    }
    String name = header.get("Name");
    if (name == null) {
      String dir = entry.path().endsWith(".egg-info") ? entry.fileName()
          : entry.parent().substring(entry.parent().lastIndexOf('/') + 1);
      name = dir.replaceAll("(-[0-9][^-]*)?(-py[0-9.]+)?\\.(dist|egg)-info$", "");
    }
    return new PackageRef(name, header.get("Version"));
  }
}
