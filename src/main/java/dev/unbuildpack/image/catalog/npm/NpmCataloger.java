package dev.unbuildpack.image.catalog.npm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.image.catalog.PackageRef;
import dev.unbuildpack.image.catalog.SimpleCataloger;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * npm packages: the package.json at the root of each package directory under any node_modules
 * (plain, scoped "@scope/name", nested, and pnpm's node_modules/.pnpm/NAME@VER/node_modules/NAME
 * store, where the top-level entries are symlinks and so are counted once).
 */
public final class NpmCataloger extends SimpleCataloger {
  private static final Pattern PACKAGE_ROOT =
      Pattern.compile("(^|.*/)node_modules/(@[^/]+/)?[^/@.][^/]*/package\\.json");
  /** A package.json bigger than this is not one npm wrote; its name comes from the path. */
  private static final long MAX_SIZE = 8L << 20;

  public NpmCataloger() {
    super("npm");
  }

  @Override
  public boolean wants(LayerEntry entry) {
    return entry.path().endsWith("/package.json") && PACKAGE_ROOT.matcher(entry.path()).matches();
  }

  @Override
  public PackageRef read(LayerEntry entry, EntryContent content) throws IOException {
    String fromPath = nameFromPath(entry.path());
    if (entry.size() > MAX_SIZE) {
      return new PackageRef(fromPath, null);
    }
    String name = null;
    String version = null;
    try (InputStream in = content.stream();
        JsonParser json = Json.factory().createParser(in)) {
      if (json.nextToken() != JsonToken.START_OBJECT) {
        return new PackageRef(fromPath, null);
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (field.equals("name") && value == JsonToken.VALUE_STRING) {
          name = json.getText();
        } else if (field.equals("version") && value == JsonToken.VALUE_STRING) {
          version = json.getText();
        } else {
          json.skipChildren();
        }
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // A broken package.json still marks an installed package; keep its directory name.
      return new PackageRef(fromPath, version);
    }
    return new PackageRef(name == null || name.isBlank() ? fromPath : name, version);
  }

  static String nameFromPath(String path) {
    String dir = path.substring(0, path.length() - "/package.json".length());
    int modules = dir.lastIndexOf("node_modules/");
    return dir.substring(modules + "node_modules/".length());
  }
}
