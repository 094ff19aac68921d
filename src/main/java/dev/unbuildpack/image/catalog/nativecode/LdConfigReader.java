package dev.unbuildpack.image.catalog.nativecode;

import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the loader's directory list: etc/ld.so.conf and etc/ld.so.conf.d/*.conf. Every conf.d
 * file is taken, as the stock "include /etc/ld.so.conf.d/*.conf" does; comments and include lines
 * are dropped.
 */
final class LdConfigReader implements FileReader<List<String>> {
  @Override
  public boolean wants(LayerEntry entry) {
    return entry.path().equals("etc/ld.so.conf")
        || (entry.parent().equals("etc/ld.so.conf.d") && entry.path().endsWith(".conf"));
  }

  @Override
  public List<String> read(LayerEntry entry, EntryContent content) throws IOException {
    List<String> dirs = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(content.stream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String dir = line.replaceAll("#.*", "").trim();
        if (dir.startsWith("/")) {
          dirs.add(dir);
        }
      }
    }
    return dirs;
  }
}
