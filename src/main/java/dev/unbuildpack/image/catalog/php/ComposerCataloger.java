package dev.unbuildpack.image.catalog.php;

import com.fasterxml.jackson.databind.JsonNode;
import dev.unbuildpack.common.Json;
import dev.unbuildpack.image.catalog.Cataloger;
import dev.unbuildpack.image.catalog.FileReader;
import dev.unbuildpack.image.catalog.Findings;
import dev.unbuildpack.image.catalog.ImageFacts;
import dev.unbuildpack.image.catalog.PackageRef;
import dev.unbuildpack.image.layer.EntryContent;
import dev.unbuildpack.image.layer.LayerEntry;
import dev.unbuildpack.inventory.InstalledPackage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * PHP packages Composer installed: vendor/composer/installed.json (Composer 2 writes
 * {"packages": [...]}, Composer 1 a bare array).
 */
public final class ComposerCataloger implements Cataloger, FileReader<List<PackageRef>> {
  private static final long MAX_SIZE = 64L << 20;

  @Override
  public List<FileReader<?>> readers() {
    return List.of(this);
  }

  @Override
  public boolean wants(LayerEntry entry) {
    return entry.path().endsWith("vendor/composer/installed.json") && entry.size() <= MAX_SIZE;
  }

  @Override
  public List<PackageRef> read(LayerEntry entry, EntryContent content) throws IOException {
    JsonNode root;
    try (InputStream in = content.stream()) {
      root = Json.readTree(in);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return List.of();
    }
    JsonNode packages = root != null && root.has("packages") ? root.get("packages") : root;
    List<PackageRef> found = new ArrayList<>();
    if (packages != null) {
      for (JsonNode pkg : packages) {
        if (pkg.path("name").isTextual()) {
          found.add(new PackageRef(pkg.get("name").asText(),
              pkg.path("version").isTextual() ? pkg.get("version").asText() : null));
        }
      }
    }
    return found;
  }

  @Override
  public void catalog(ImageFacts facts, Findings out) {
    facts.captures().of(this).forEach((path, packages) -> {
      for (PackageRef pkg : packages) {
        out.add(new InstalledPackage("composer", pkg.name(), pkg.version(),
            ImageFacts.absolute(path), 0));
      }
    });
  }
}
