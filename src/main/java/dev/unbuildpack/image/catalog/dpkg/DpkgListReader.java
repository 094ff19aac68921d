package dev.unbuildpack.image.catalog.dpkg;

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
 * Reads var/lib/dpkg/info/PKG[:ARCH].list, keeping only the lines ownership questions are asked
 * about (shared libraries and programs), so the whole file lists never sit in memory.
 */
final class DpkgListReader implements FileReader<List<String>> {
  static final String INFO_DIR = "var/lib/dpkg/info";

  @Override
  public boolean wants(LayerEntry entry) {
    return entry.path().endsWith(".list") && entry.parent().equals(INFO_DIR);
  }

  @Override
  public List<String> read(LayerEntry entry, EntryContent content) throws IOException {
    List<String> kept = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(content.stream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (isAskedAbout(line)) {
          kept.add(line.substring(1));
        }
      }
    }
    return kept;
  }

  static boolean isAskedAbout(String line) {
    return line.startsWith("/") && (line.contains(".so") || line.contains("/bin/"));
  }

  /** "libc6:amd64.list" → "libc6". */
  static String packageName(String fileName) {
    String base = fileName.substring(0, fileName.length() - ".list".length());
    int colon = base.indexOf(':');
    return colon < 0 ? base : base.substring(0, colon);
  }
}
