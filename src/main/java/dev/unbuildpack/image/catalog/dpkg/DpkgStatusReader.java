package dev.unbuildpack.image.catalog.dpkg;

import dev.unbuildpack.image.catalog.ControlFields;
import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads var/lib/dpkg/status, and the one-file-per-package var/lib/dpkg/status.d/ that distroless
 * images use instead.
 */
final class DpkgStatusReader implements FileReader<List<DebPackage>> {
  static final String STATUS = "var/lib/dpkg/status";
  static final String STATUS_DIR = "var/lib/dpkg/status.d";
  private static final Set<String> FIELDS =
      Set.of("Package", "Version", "Installed-Size", "Status");

  @Override
  public boolean wants(LayerEntry entry) {
    return entry.path().equals(STATUS)
        || (entry.parent().equals(STATUS_DIR) && !entry.fileName().endsWith(".md5sums"));
  }

  @Override
  public List<DebPackage> read(LayerEntry entry, EntryContent content) throws IOException {
    // status.d stanzas usually carry no Status field: being there means installed.
    boolean installedByDefault = !entry.path().equals(STATUS);
    List<DebPackage> packages = new ArrayList<>();
    try (InputStream in = content.stream()) {
      for (Map<String, String> stanza : ControlFields.stanzas(in, FIELDS)) {
        String name = stanza.get("Package");
        if (name == null) {
          continue;
        }
        String status = stanza.get("Status");
        boolean installed = status == null ? installedByDefault : status.endsWith(" installed");
        packages.add(new DebPackage(
            name, stanza.get("Version"), parseSize(stanza.get("Installed-Size")), installed));
      }
    }
    return packages;
  }

  private static long parseSize(String kib) {
    try {
      return kib == null ? 0 : Long.parseLong(kib.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
