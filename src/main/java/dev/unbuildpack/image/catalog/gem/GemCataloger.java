package dev.unbuildpack.image.catalog.gem;

import dev.unbuildpack.image.catalog.PackageRef;
import dev.unbuildpack.image.catalog.SimpleCataloger;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ruby gems: specifications/NAME-VERSION[-PLATFORM].gemspec (and specifications/default/) under
 * any gem home: system Ruby, /app/vendor/bundle, /app/.heroku, buildpack layers. The name and
 * version come from the gemspec's {@code s.name =} and {@code s.version =} lines, which RubyGems
 * writes as plain literals.
 */
public final class GemCataloger extends SimpleCataloger {
  private static final Pattern NAME = Pattern.compile("\\.name\\s*=\\s*\"([^\"]+)\"");
  private static final Pattern VERSION = Pattern.compile("\\.version\\s*=\\s*\"([^\"]+)\"");
  /** Gemspecs are a few KB; the header lines come first. */
  private static final int READ_AT_MOST = 64 * 1024;

  public GemCataloger() {
    super("gem");
  }

  @Override
  public boolean wants(LayerEntry entry) {
    String parent = entry.parent();
    return entry.path().endsWith(".gemspec")
        && (parent.endsWith("specifications") || parent.endsWith("specifications/default"));
  }

  @Override
  public PackageRef read(LayerEntry entry, EntryContent content) throws IOException {
    String text;
    try (InputStream in = content.stream()) {
      text = new String(in.readNBytes(READ_AT_MOST), StandardCharsets.UTF_8);
    }
    Matcher name = NAME.matcher(text);
    Matcher version = VERSION.matcher(text);
    String file = entry.fileName().substring(0, entry.fileName().length() - ".gemspec".length());
    return new PackageRef(name.find() ? name.group(1) : file.replaceAll("-[0-9].*$", ""),
        version.find() ? version.group(1) : null);
  }
}
