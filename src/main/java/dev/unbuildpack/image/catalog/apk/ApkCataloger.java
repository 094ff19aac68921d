package dev.unbuildpack.image.catalog.apk;

import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.catalog.Findings;
import dev.unbuildpack.image.catalog.ImageFacts;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import dev.unbuildpack.inventory.InstalledPackage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Alpine packages: lib/apk/db/installed, stanzas of one-letter fields (P: name, V: version,
 * I: installed size in bytes) separated by blank lines.
 */
public final class ApkCataloger implements Cataloger, FileReader<List<InstalledPackage>> {
  static final String DB = "lib/apk/db/installed";

  @Override
  public List<FileReader<?>> readers() {
    return List.of(this);
  }

  @Override
  public boolean wants(LayerEntry entry) {
    return entry.path().equals(DB);
  }

  @Override
  public List<InstalledPackage> read(LayerEntry entry, EntryContent content) throws IOException {
    List<InstalledPackage> found = new ArrayList<>();
    String name = null;
    String version = null;
    long size = 0;
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(content.stream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); ; line = lines.readLine()) {
        if (line == null || line.isEmpty()) {
          if (name != null) {
            found.add(new InstalledPackage("apk", name, version, "/" + DB, size));
          }
          if (line == null) {
            return found;
          }
          name = null;
          version = null;
          size = 0;
        } else if (line.startsWith("P:")) {
          name = line.substring(2);
        } else if (line.startsWith("V:")) {
          version = line.substring(2);
        } else if (line.startsWith("I:")) {
          size = parse(line.substring(2));
        }
      }
    }
  }

  private static long parse(String number) {
    try {
      return Long.parseLong(number.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  @Override
  public void catalog(ImageFacts facts, Findings out) {
    facts.captures().of(this).values().forEach(packages -> packages.forEach(out::add));
  }
}
